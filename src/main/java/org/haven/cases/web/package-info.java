/** The case register's REST API and pages. */
@NullMarked
package org.haven.cases.web;

import org.jspecify.annotations.NullMarked;
