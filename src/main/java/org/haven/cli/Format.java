package org.haven.cli;

/** How a command prints its result. */
enum Format {
    text,
    json
}
