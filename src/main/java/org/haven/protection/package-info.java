/**
 * Protection: the details a resettled defector's life depends on (cover identity, current location, the family's
 * whereabouts), each labelled, encrypted at rest with a key per compartment, every read and refusal audited.
 */
@NullMarked
package org.haven.protection;

import org.jspecify.annotations.NullMarked;
