package org.haven.registry;

import org.jspecify.annotations.Nullable;

/**
 * A registry person a name may belong to.
 *
 * @param name the person's display name
 * @param score how likely the name is his, in [0, 1]
 * @param match whether the score reaches the threshold
 * @param explanation which parts aligned, by which rule
 * @param personId the person's identifier
 * @param kind defector or other person
 * @param caseId the case of a defector
 * @param matchedForm the form of his name that matched best
 */
public record Match(
        String name,
        double score,
        boolean match,
        String explanation,
        String personId,
        PersonKind kind,
        @Nullable String caseId,
        String matchedForm) {}
