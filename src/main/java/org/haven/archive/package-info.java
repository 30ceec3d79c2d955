/**
 * The archive: past cases as studies record them, to learn from. A {@link org.haven.archive.PastCase} has one or
 * more {@link org.haven.archive.PastDefector defectors}; what is known of them is a set of {@link
 * org.haven.archive.Fact facts} under named {@link org.haven.archive.Attribute attributes}, each with the passages
 * that state it, dates at the precision the sources give ({@link org.haven.archive.HistoricalDate}); where the
 * sources are silent the fact is unknown, never false. Datasets load from files (the 1948 study's is built in; a
 * second file of past cases loads the same way), each passage checked against its source; the link chart shows who
 * went to whom. The study reads the archive; a live case knows nothing of it, and the case pages ask it, through
 * the {@link org.haven.cases.PastCaseViews} port, for the cases that are not live.
 */
@NullMarked
package org.haven.archive;

import org.jspecify.annotations.NullMarked;
