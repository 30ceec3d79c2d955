/** The name trace and document ingest over HTTP and on pages. */
@NullMarked
package org.haven.registry.web;

import org.jspecify.annotations.NullMarked;
