/**
 * Web: the home page that brings the case register and the study together, and the one way Haven answers bad
 * requests: an RFC 9457 problem body, never a stack trace.
 */
@NullMarked
package org.haven.web;

import org.jspecify.annotations.NullMarked;
