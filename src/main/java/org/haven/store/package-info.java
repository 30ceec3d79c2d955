/**
 * Store: the database Haven keeps its records in, and the backup and restore of everything in it.
 *
 * <p>The embedded H2 file under the data directory is the default; the {@code postgres} profile points Haven at a
 * PostgreSQL server ({@code haven.database.url}, {@code .user}, {@code .password}, or the environment variables
 * {@code HAVEN_DATABASE_URL}, {@code HAVEN_DATABASE_USER}, {@code HAVEN_DATABASE_PASSWORD}). The same migrations
 * run on both. A store that cannot be opened stops start-up with one line saying why. A {@link
 * org.haven.store.Backup} is a portable export of every table, checked by a digest; a restore checks the digest,
 * the counts and the audit chain before it commits, so a damaged file changes nothing.
 */
@NullMarked
package org.haven.store;

import org.jspecify.annotations.NullMarked;
