/**
 * Protection: the defector's safety, welfare and new life, the case's {@link org.haven.cases.Track#CUSTODY custody},
 * {@link org.haven.cases.Track#WELFARE welfare} and {@link org.haven.cases.Track#RESETTLEMENT resettlement} tracks.
 *
 * <p>Today it holds the details a resettled defector's life depends on (cover identity, current location, the
 * family's whereabouts), each labelled, encrypted at rest with a key per compartment, every read and refusal
 * audited; they are kept only on live cases. It will hold the hostile service's reactions (kidnapping,
 * assassination, extradition requests, defamation, planted documents) and the measures against them, his welfare
 * (his days, his worries for his family) and his resettlement (a name, a home, a livelihood).
 */
@NullMarked
package org.haven.protection;

import org.jspecify.annotations.NullMarked;
