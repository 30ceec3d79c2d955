/** Security's web parts. */
@NullMarked
package org.haven.security.web;

import org.jspecify.annotations.NullMarked;
