/**
 * The command line: {@code java -jar haven.jar [command]}. With no command Haven starts the web application;
 * a command runs against the same data directory without starting a server.
 */
@NullMarked
package org.haven.cli;

import org.jspecify.annotations.NullMarked;
