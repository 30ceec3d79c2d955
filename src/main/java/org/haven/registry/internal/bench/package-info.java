/**
 * The name-trace benchmark: a generator of synthetic registries and of query variants by class, and the runner
 * that measures Haven's trace beside a PostgreSQL {@code pg_trgm} baseline on the same data.
 */
@NullMarked
package org.haven.registry.internal.bench;

import org.jspecify.annotations.NullMarked;
