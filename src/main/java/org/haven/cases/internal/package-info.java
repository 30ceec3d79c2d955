/** The case register's store and the loading of the built-in cases. */
@NullMarked
package org.haven.cases.internal;

import org.jspecify.annotations.NullMarked;
