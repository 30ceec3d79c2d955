/** Name parsing, keys, scoring and the Lucene name index. */
@NullMarked
package org.haven.registry.internal;

import org.jspecify.annotations.NullMarked;
