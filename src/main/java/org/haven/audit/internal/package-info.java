/** The audit record's store and its verification. */
@NullMarked
package org.haven.audit.internal;

import org.jspecify.annotations.NullMarked;
