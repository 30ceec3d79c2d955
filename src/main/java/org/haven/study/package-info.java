/**
 * Study: the figures of a study computed from the case records, each with the cases behind it and, where the
 * paper states the figure itself, the paper's own number and passage, flagged where records and paper disagree.
 *
 * <p>The paper is not always consistent with itself; {@link org.haven.study.Discrepancy discrepancies} show
 * where, with the passages side by side. The records are never bent to hide them.
 */
@NullMarked
package org.haven.study;

import org.jspecify.annotations.NullMarked;
