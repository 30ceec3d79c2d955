package org.haven.registry;

import org.jspecify.annotations.Nullable;

/**
 * A person mentioned in a document.
 *
 * @param start the offset of the mention's first character in the document's text
 * @param end the offset just past its last character
 * @param text the mention as written
 * @param person the registry person it resolves to, by display name; {@code null} when it resolves to none
 * @param personId that person's identifier
 * @param kind defector or other person
 * @param score how likely the mention is that person, in [0, 1]
 * @param proposedNew whether the mention looks like a person the registry does not hold
 * @param explanation why it resolved, or did not
 */
public record Mention(
        int start,
        int end,
        String text,
        @Nullable String person,
        @Nullable String personId,
        @Nullable PersonKind kind,
        double score,
        boolean proposedNew,
        String explanation) {}
