package org.haven.security.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.haven.refusal.Refusal;
import org.haven.security.AccountAdministration;
import org.haven.security.Clearance;
import org.haven.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' page: every account, what awaits a second administrator, and the forms to create, reset,
 * change, disable and re-enable. A half of a one-time password is shown once, on the answer to the form that made
 * it, and never again.
 */
@Controller
class AccountPages {

    private final AccountAdministration administration;

    AccountPages(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/accounts")
    String accounts(Model model, Authentication admin) {
        return page(model, admin, null, null);
    }

    @PostMapping("/accounts")
    String create(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(required = false) List<Role> roles,
            @RequestParam(defaultValue = "UNCLASSIFIED") String clearance,
            Model model,
            Authentication admin,
            HttpServletResponse response) {
        try {
            Set<Role> chosen = roles == null ? Set.of() : EnumSet.copyOf(roles);
            String first = administration.create(username, chosen, Clearance.parse(clearance), admin.getName());
            return page(
                    model,
                    admin,
                    new Half(
                            username.strip(),
                            "first",
                            first,
                            "The account waits for a second administrator, who confirms it and is shown the second"
                                    + " half. Give this half to " + username.strip()
                                    + " yourself; he signs in with both halves, yours first, and chooses his own password."),
                    null);
        } catch (IllegalArgumentException | AccountAdministration.AccountRefused e) {
            response.setStatus(status(e));
            model.addAttribute("typed", new Typed(username, roles == null ? Set.of() : Set.copyOf(roles), clearance));
            return page(model, admin, null, e.getMessage());
        }
    }

    @PostMapping("/accounts/{username}/{action}")
    String act(
            @PathVariable String username,
            @PathVariable String action,
            @RequestParam long version,
            @RequestParam(required = false) List<Role> roles,
            @RequestParam(defaultValue = "UNCLASSIFIED") String clearance,
            Model model,
            Authentication admin,
            HttpServletResponse response) {
        String me = admin.getName();
        try {
            Half half = null;
            String done;
            switch (action) {
                case "confirmation" -> {
                    Optional<String> second = administration.confirm(username, me, version);
                    done = "Confirmed.";
                    if (second.isPresent()) {
                        half = new Half(
                                username,
                                "second",
                                second.get(),
                                "Give this half to " + username + " yourself; he signs in with the first half, then"
                                        + " this one, and chooses his own password.");
                    }
                }
                case "withdrawal" -> {
                    administration.withdraw(username, me, version);
                    done = "Withdrawn.";
                }
                case "reset" -> {
                    String first = administration.reset(username, me, version);
                    done = "The old password and every token of " + username + " have ended.";
                    half = new Half(
                            username,
                            "first",
                            first,
                            "The new one-time password waits for a second administrator, who is shown its second"
                                    + " half.");
                }
                case "roles" -> {
                    boolean applied = administration.change(
                            username,
                            roles == null ? Set.of() : EnumSet.copyOf(roles),
                            Clearance.parse(clearance),
                            me,
                            version);
                    done = applied
                            ? "Changed; his sessions and tokens have ended."
                            : "The change gives more power: it waits for a second administrator.";
                }
                case "disabling" -> {
                    administration.disable(username, me, version);
                    done = username + " is disabled; his sessions and tokens have ended.";
                }
                case "enabling" -> {
                    administration.enable(username, me, version);
                    done = username + " is enabled again.";
                }
                default -> throw new IllegalArgumentException("there is no action '" + action + "' on accounts");
            }
            model.addAttribute("done", done);
            return page(model, admin, half, null);
        } catch (IllegalArgumentException | AccountAdministration.AccountRefused e) {
            response.setStatus(status(e));
            return page(model, admin, null, username + ": " + e.getMessage());
        }
    }

    /** Half of a one-time password, shown once. */
    record Half(String username, String which, String value, String advice) {}

    /** What was typed into the form to create an account, given back when it is refused. */
    record Typed(String username, Set<Role> roles, String clearance) {}

    private String page(Model model, Authentication admin, Half half, String error) {
        model.addAttribute("accounts", administration.list());
        model.addAttribute("me", admin.getName());
        model.addAttribute("roles", Role.values());
        model.addAttribute("half", half);
        model.addAttribute("error", error);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new Typed("", Set.of(), "UNCLASSIFIED"));
        }
        return "security/accounts";
    }

    private static int status(RuntimeException e) {
        return e instanceof Refusal refusal ? refusal.httpStatus() : 400;
    }
}
