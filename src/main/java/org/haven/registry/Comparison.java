package org.haven.registry;

/**
 * Two names compared on their own, with no registry.
 *
 * @param score how likely they are one person's, in [0, 1]
 * @param match whether the score reaches the threshold
 * @param explanation which parts aligned, by which rule
 */
public record Comparison(double score, boolean match, String explanation) {}
