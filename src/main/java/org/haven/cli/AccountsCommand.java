package org.haven.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.haven.security.Accounts;
import org.haven.security.Clearance;
import org.haven.security.OneTimePasswords;
import org.haven.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code haven accounts add}: an account created from the console of the machine that holds the store. */
@Command(
        name = "accounts",
        mixinStandardHelpOptions = true,
        description = "Local accounts.",
        subcommands = {AccountsCommand.Add.class})
class AccountsCommand {

    @ParentCommand
    HavenCommandLine haven;

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Creates an account. Without --password-file it gets a one-time password, printed once, to"
                    + " be changed at first sign-in.")
    static class Add implements Callable<Integer> {

        @ParentCommand
        AccountsCommand accounts;

        @Parameters(paramLabel = "USER", description = "The user name.")
        String user;

        @Option(
                names = "--role",
                paramLabel = "ROLE",
                required = true,
                split = ",",
                description = "One or more of: ${COMPLETION-CANDIDATES}.")
        List<Role> roles;

        @Option(
                names = "--clearance",
                paramLabel = "LEVEL[&COMPARTMENT…]",
                defaultValue = "UNCLASSIFIED",
                description = "The highest level read and the compartments held, e.g. SECRET&RECEPTION"
                        + " (default: ${DEFAULT-VALUE}).")
        String clearance;

        @Option(
                names = "--password-file",
                paramLabel = "FILE",
                description = "A file whose first line is the password (for scripts; the password is not one-time).")
        Path passwordFile;

        @Override
        public Integer call() throws IOException {
            String password = passwordFile == null
                    ? null
                    : Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream()
                            .findFirst()
                            .orElse("");
            try (var context = accounts.haven.start()) {
                String given = password == null ? OneTimePasswords.generate() : password;
                context.getBean(Accounts.class)
                        .create(user, given, EnumSet.copyOf(roles), Clearance.parse(clearance), password == null);
                if (password == null) {
                    System.out.println("Created " + user + " with the one-time password " + given);
                } else {
                    System.out.println("Created " + user);
                }
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println("haven: " + e.getMessage());
                return 1;
            }
        }
    }
}
