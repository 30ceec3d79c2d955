package org.haven;

import org.haven.cli.HavenCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Haven's entry point: a command when one is named, otherwise the web application. */
@SpringBootApplication
public class Haven {

    public static void main(String[] args) {
        int exitCode = HavenCommandLine.run(Haven.class, args);
        if (exitCode != HavenCommandLine.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }
}
