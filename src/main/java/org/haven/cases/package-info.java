/**
 * Cases: the defection case, from the approach on, and its defectors.
 *
 * <p>A live {@link org.haven.cases.DefectionCase} is opened by an {@link org.haven.cases.Approach} and its decision
 * clock; then its {@link org.haven.cases.Track tracks} run side by side (reception, custody and protection,
 * vetting, exploitation, welfare, resettlement), each moved by {@link org.haven.cases.Transition moves} that name
 * the roles that may propose and approve them, under the named {@link org.haven.cases.MovePolicy policies} that
 * cross tracks and the {@link org.haven.cases.MoveGuard guards} the owning modules put on them. Every move records a
 * {@link org.haven.cases.CaseEvent}, from which the audit entry is written and to which other modules listen.
 *
 * <p>The cases of the 1948 study are held here too, as records outside the lifecycle: each fact about their
 * defectors under a named {@link org.haven.archive.Attribute}, with the passages that state it; where the sources are
 * silent the fact is unknown, never false.
 */
@NullMarked
package org.haven.cases;

import org.jspecify.annotations.NullMarked;
