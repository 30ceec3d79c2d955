/** The study's REST API and pages. */
@NullMarked
package org.haven.study.web;

import org.jspecify.annotations.NullMarked;
