/** Security's internal parts. */
@NullMarked
package org.haven.security.internal;

import org.jspecify.annotations.NullMarked;
