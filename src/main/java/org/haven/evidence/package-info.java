/**
 * Evidence: the source documents Haven holds and the citations that tie every fact to the passage that states it.
 *
 * <p>A {@link org.haven.evidence.Citation} names a document, a section and an exact passage; a
 * {@link org.haven.evidence.SourceDocument} can tell whether a passage really stands in that section.
 */
@NullMarked
package org.haven.evidence;

import org.jspecify.annotations.NullMarked;
