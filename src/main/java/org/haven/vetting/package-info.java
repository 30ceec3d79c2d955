/**
 * Vetting: the bona fides of a defector, the case's {@link org.haven.cases.Track#VETTING vetting track}. The vetting
 * file ({@link org.haven.vetting.VettingFiles}) is kept in the case's case file, opened when vetting begins with
 * Heuer's reasonable hypotheses proposed; {@link org.haven.vetting.BonaFides} scores it by PARC ACH's rules and finds
 * the linchpins; the deception {@link org.haven.vetting.Checklists checklists} (MOM, POP, MOSES, EVE) are answered
 * beside it. The {@link org.haven.vetting.VettingConclusions vetting conclusion} is written down by one vetting
 * officer and stands on a second's approval, which concludes the case's vetting; the {@link
 * org.haven.vetting.ConclusionGuard guard} refuses {@code conclude-vetting} without one, and the conclusion reopens
 * when the ground under a linchpin moves.
 */
@NullMarked
package org.haven.vetting;

import org.jspecify.annotations.NullMarked;
