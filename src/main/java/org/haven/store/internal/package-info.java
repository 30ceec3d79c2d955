/** The store's connection check, configuration and the backup format. */
@NullMarked
package org.haven.store.internal;

import org.jspecify.annotations.NullMarked;
