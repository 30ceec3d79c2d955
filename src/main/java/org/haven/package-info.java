/**
 * Haven: the reception, vetting, debriefing, protection and resettlement of defectors, and the study of past
 * cases. Each direct sub-package is a domain module; its top package is its API, its sub-packages are private.
 */
@NullMarked
package org.haven;

import org.jspecify.annotations.NullMarked;
