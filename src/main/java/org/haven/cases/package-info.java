/**
 * Cases: the defection case and its defectors, each fact about them held with the passages that state it.
 *
 * <p>A {@link org.haven.cases.DefectionCase} has one or more {@link org.haven.cases.Defector defectors} (TAKACS
 * and DENISOV defected together). What is known of a defector is a set of {@link org.haven.cases.Fact facts}
 * under named {@link org.haven.cases.Attribute attributes}; where the sources are silent the fact is unknown,
 * never false.
 */
@NullMarked
package org.haven.cases;

import org.jspecify.annotations.NullMarked;
