/** The vetting file over HTTP and in the browser: the matrix, the checklists, the conclusion. */
@NullMarked
package org.haven.vetting.web;

import org.jspecify.annotations.NullMarked;
