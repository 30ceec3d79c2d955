package org.haven.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.haven.security.AccountAdministration;
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
        description = "Local accounts, at the console of the machine that holds the store (beside a running Haven"
                + " too); each act is in the audit record under the console's user.",
        subcommands = {
            AccountsCommand.Add.class,
            AccountsCommand.ListAccounts.class,
            AccountsCommand.Disable.class,
            AccountsCommand.Enable.class,
            AccountsCommand.Reset.class,
            AccountsCommand.Roles.class
        })
class AccountsCommand {

    @ParentCommand
    HavenCommandLine haven;

    /** Who acts at the console: the operating system's user, as the audit record names him. */
    static String operator() {
        return "console:" + System.getProperty("user.name", "unknown");
    }

    /** Runs one act on the accounts of the store, beside a running Haven or not; a refusal is one line. */
    int run(java.util.function.Function<AccountAdministration, String> act) {
        try (var context = haven.start()) {
            System.out.println(act.apply(context.getBean(AccountAdministration.class)));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("haven: " + e.getMessage());
            return 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts.")
    static class ListAccounts implements Callable<Integer> {

        @ParentCommand
        AccountsCommand accounts;

        @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
        Format format = Format.text;

        @Override
        public Integer call() {
            try (var context = accounts.haven.start()) {
                var all = context.getBean(AccountAdministration.class).list();
                if (format == Format.json) {
                    System.out.println(context.getBean(tools.jackson.databind.json.JsonMapper.class)
                            .writerWithDefaultPrettyPrinter()
                            .writeValueAsString(all));
                } else {
                    for (var a : all) {
                        System.out.println(a.username() + "\t"
                                + String.join(
                                        ",", a.roles().stream().map(Role::name).toList()) + "\t" + a.clearance()
                                + "\t"
                                + (a.disabled()
                                        ? "disabled"
                                        : a.awaiting().isPresent()
                                                ? "awaiting "
                                                        + a.awaiting()
                                                                .get()
                                                                .kind()
                                                                .name()
                                                                .toLowerCase(java.util.Locale.ROOT)
                                                : "enabled"));
                    }
                }
                return 0;
            }
        }
    }

    /** Disabling and re-enabling at the console: one act, the account's standing set either way. */
    abstract static class Standing implements Callable<Integer> {

        @ParentCommand
        AccountsCommand accounts;

        @Parameters(paramLabel = "USER")
        String user;

        abstract boolean disabled();

        @Override
        public Integer call() {
            return accounts.run(a -> {
                a.disableAtConsole(user, disabled(), operator());
                return (disabled() ? "Disabled " : "Enabled ") + user;
            });
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disables an account at once.")
    static class Disable extends Standing {

        @Override
        boolean disabled() {
            return true;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Re-enables a disabled account.")
    static class Enable extends Standing {

        @Override
        boolean disabled() {
            return false;
        }
    }

    @Command(
            name = "reset",
            mixinStandardHelpOptions = true,
            description = "Gives an account a new one-time password, printed once; the old one and every token end.")
    static class Reset implements Callable<Integer> {

        @ParentCommand
        AccountsCommand accounts;

        @Parameters(paramLabel = "USER")
        String user;

        @Override
        public Integer call() {
            return accounts.run(
                    a -> "Reset " + user + ": the one-time password is " + a.resetAtConsole(user, operator()));
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true, description = "Sets an account's roles and clearance.")
    static class Roles implements Callable<Integer> {

        @ParentCommand
        AccountsCommand accounts;

        @Parameters(paramLabel = "USER")
        String user;

        @Option(
                names = "--role",
                paramLabel = "ROLE",
                required = true,
                split = ",",
                description = "One or more of: ${COMPLETION-CANDIDATES}.")
        List<Role> roles;

        @Option(names = "--clearance", paramLabel = "LEVEL[&COMPARTMENT…]", defaultValue = "UNCLASSIFIED")
        String clearance;

        @Override
        public Integer call() {
            return accounts.run(a -> {
                a.changeAtConsole(user, EnumSet.copyOf(roles), Clearance.parse(clearance), operator());
                return "Changed " + user;
            });
        }
    }

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
                        .create(
                                user,
                                given,
                                EnumSet.copyOf(roles),
                                Clearance.parse(clearance),
                                password == null,
                                operator());
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
