package org.haven.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An approach as the reception officer recorded it, and its decision clock.
 *
 * @param nameGiven the name he gave, which may be false
 * @param place where he approached (a city, a post)
 * @param country the country
 * @param setting in the field or at a mission abroad
 * @param recipient to whom he offered himself
 * @param offers what he offers (information, documents)
 * @param fears what he fears (recall, arrest, for his family)
 * @param othersWhoKnow who else already knows of his approach
 * @param receivedBy the officer who recorded it
 * @param approachedAt when he approached
 * @param decisionDue when a decision must be made
 * @param escalationLevel how far up the decision has been escalated (0: not yet)
 * @param custodyPendingDecision whether he has been taken into protective custody pending the decision
 * @param decidedAt when the decision was made (accepted, declined) or the approach was lost
 * @param decision the transition that decided it
 */
public record Approach(
        String nameGiven,
        String place,
        String country,
        Setting setting,
        String recipient,
        @Nullable String offers,
        @Nullable String fears,
        @Nullable String othersWhoKnow,
        String receivedBy,
        Instant approachedAt,
        Instant decisionDue,
        int escalationLevel,
        boolean custodyPendingDecision,
        @Nullable Instant decidedAt,
        @Nullable Transition decision) {

    public Approach {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(approachedAt, "approachedAt");
        Objects.requireNonNull(decisionDue, "decisionDue");
        requireText("nameGiven", nameGiven);
        requireText("place", place);
        requireText("country", country);
        requireText("recipient", recipient);
        requireText("receivedBy", receivedBy);
        optionalText("offers", offers, 4000);
        optionalText("fears", fears, 4000);
        optionalText("othersWhoKnow", othersWhoKnow, 4000);
        if (!decisionDue.isAfter(approachedAt)) {
            throw new IllegalArgumentException("decisionDue must be after approachedAt");
        }
        if (escalationLevel < 0) {
            throw new IllegalArgumentException("escalationLevel cannot be negative");
        }
    }

    static void requireText(String field, @Nullable String value) {
        requireText(field, value, 200);
    }

    /** A required text of at most {@code max} characters, with no character a database cannot store. */
    static void requireText(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        optionalText(field, value, max);
    }

    static void optionalText(String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException(field + " holds a NUL character");
        }
    }

    public boolean decided() {
        return decidedAt != null;
    }

    /** The time left until the decision is due; negative once it is overdue. */
    public Duration timeLeft(Instant now) {
        return Duration.between(now, decisionDue);
    }

    /** The time it took to decide, once decided. */
    public @Nullable Duration timeToDecision() {
        return decidedAt == null ? null : Duration.between(approachedAt, decidedAt);
    }

    Approach escalatedTo(int level) {
        return new Approach(
                nameGiven,
                place,
                country,
                setting,
                recipient,
                offers,
                fears,
                othersWhoKnow,
                receivedBy,
                approachedAt,
                decisionDue,
                level,
                custodyPendingDecision,
                decidedAt,
                decision);
    }

    Approach inCustodyPendingDecision() {
        return new Approach(
                nameGiven,
                place,
                country,
                setting,
                recipient,
                offers,
                fears,
                othersWhoKnow,
                receivedBy,
                approachedAt,
                decisionDue,
                escalationLevel,
                true,
                decidedAt,
                decision);
    }

    Approach decidedBy(Transition transition, Instant at) {
        return new Approach(
                nameGiven,
                place,
                country,
                setting,
                recipient,
                offers,
                fears,
                othersWhoKnow,
                receivedBy,
                approachedAt,
                decisionDue,
                escalationLevel,
                custodyPendingDecision,
                at,
                transition);
    }
}
