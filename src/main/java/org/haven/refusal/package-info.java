/**
 * Refusals: the one interface through which a module says how a request it refuses is to be answered (status,
 * title, problem type and what else the caller needs), so that the ways in answer every module's refusals without a
 * table that knows them all; and the problem body written by what answers before any controller. Depends on
 * nothing of Haven.
 */
@NullMarked
package org.haven.refusal;

import org.jspecify.annotations.NullMarked;
