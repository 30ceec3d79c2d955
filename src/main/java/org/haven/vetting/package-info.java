/**
 * Vetting: the bona fides of a defector, the case's {@link org.haven.cases.Track#VETTING vetting track}. It will
 * hold the vetting file opened when vetting begins ({@code on(VettingBegun)}): the competing hypotheses (genuine;
 * genuine but embroidering; a plant sent to penetrate; a plant sent to mislead; a fabricator) weighed against every
 * item of evidence, the deception checklists (MOM, POP, MOSES, EVE), and the vetting conclusion written down with a
 * second officer. Through the {@link org.haven.cases.MoveGuard} port it will refuse {@code conclude-vetting} until
 * the file holds a conclusion, and it will watch for later material that moves the ground under it.
 *
 * <p>Empty today: the room is made so that the module can grow without editing the case's own.
 */
@NullMarked
package org.haven.vetting;

import org.jspecify.annotations.NullMarked;
