/** Protection's web parts. */
@NullMarked
package org.haven.protection.web;

import org.jspecify.annotations.NullMarked;
