package org.haven.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a reception officer records the moment an approach happens.
 *
 * @param nameGiven the name he gave, which may be false
 * @param place where (a city, a post)
 * @param country the country
 * @param setting in the field or at a mission abroad
 * @param recipient to whom he offered himself
 * @param offers what he offers
 * @param fears what he fears
 * @param othersWhoKnow who else already knows
 * @param receivedBy the officer recording it
 * @param approachedAt when he approached; now, if not given
 * @param decisionDue when the decision must be made; by policy, if not given
 */
public record RecordApproach(
        String nameGiven,
        String place,
        String country,
        Setting setting,
        String recipient,
        @Nullable String offers,
        @Nullable String fears,
        @Nullable String othersWhoKnow,
        String receivedBy,
        @Nullable Instant approachedAt,
        @Nullable Instant decisionDue) {}
