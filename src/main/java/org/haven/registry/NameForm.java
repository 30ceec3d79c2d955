package org.haven.registry;

import org.haven.evidence.Citation;
import org.jspecify.annotations.Nullable;

/**
 * One form of a person's name, with where it was found.
 *
 * @param name the name as written there
 * @param source the passage it stands in, if it came from a source document
 */
public record NameForm(String name, @Nullable Citation source) {}
