/** Protection's internal parts. */
@NullMarked
package org.haven.protection.internal;

import org.jspecify.annotations.NullMarked;
