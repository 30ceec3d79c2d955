package org.haven.security.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.haven.security.AccountAdministration;
import org.haven.security.AccountAdministration.Account;
import org.haven.security.Clearance;
import org.haven.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrators' accounts over the API. A one-time password is answered in halves: the first to the
 * administrator who creates or resets, the second to the one who confirms; neither answer holds the whole.
 */
@RestController
class AccountsController {

    private final AccountAdministration administration;

    AccountsController(AccountAdministration administration) {
        this.administration = administration;
    }

    record NewAccount(
            @Nullable String username,
            @Nullable Set<Role> roles,
            @Nullable String clearance) {}

    record Created(String username, Set<Role> roles, String clearance, String firstHalf, boolean awaitsConfirmation) {}

    record Version(@Nullable Long version) {}

    record Confirmed(String username, @Nullable String secondHalf) {}

    record Reset(String username, String firstHalf, boolean awaitsConfirmation) {}

    record RolesChange(
            @Nullable Set<Role> roles,
            @Nullable String clearance,
            @Nullable Long version) {}

    record Changed(String username, boolean applied, boolean awaitsConfirmation) {}

    @GetMapping("/api/accounts")
    @Operation(summary = "Every account, with its roles, clearance, standing and what awaits a second administrator")
    List<Account> list() {
        return administration.list();
    }

    @PostMapping("/api/accounts")
    @Operation(
            summary = "Create an account (administrators); answers the first half of its one-time password; a second"
                    + " administrator confirms it and is answered the second half")
    ResponseEntity<Created> create(@RequestBody NewAccount account, Authentication admin) {
        Set<Role> roles = account.roles() == null ? Set.of() : account.roles();
        Clearance clearance = Clearance.parse(account.clearance() == null ? "UNCLASSIFIED" : account.clearance());
        String name = account.username() == null ? "" : account.username().strip();
        String first = administration.create(name, roles, clearance, admin.getName());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Created(name, roles, clearance.expression(), first, true));
    }

    @PostMapping("/api/accounts/{username}/confirmation")
    @Operation(summary = "Confirm what awaits on an account (another administrator than the one who proposed it)")
    Confirmed confirm(@PathVariable String username, @RequestBody Version version, Authentication admin) {
        Optional<String> second = administration.confirm(username, admin.getName(), required(version.version()));
        return new Confirmed(username, second.orElse(null));
    }

    @PostMapping("/api/accounts/{username}/withdrawal")
    @Operation(summary = "Withdraw what awaits on an account")
    ResponseEntity<Void> withdraw(@PathVariable String username, @RequestBody Version version, Authentication admin) {
        administration.withdraw(username, admin.getName(), required(version.version()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/accounts/{username}/reset")
    @Operation(summary = "A new one-time password in two halves; the old password and every token end at once")
    Reset reset(@PathVariable String username, @RequestBody Version version, Authentication admin) {
        return new Reset(username, administration.reset(username, admin.getName(), required(version.version())), true);
    }

    @PutMapping("/api/accounts/{username}/roles")
    @Operation(
            summary = "Change roles and clearance: less takes effect at once, more (a role other than historian, a"
                    + " higher clearance) awaits a second administrator")
    Changed change(@PathVariable String username, @RequestBody RolesChange change, Authentication admin) {
        Set<Role> roles = change.roles() == null ? Set.of() : change.roles();
        Clearance clearance = Clearance.parse(change.clearance() == null ? "UNCLASSIFIED" : change.clearance());
        boolean applied =
                administration.change(username, roles, clearance, admin.getName(), required(change.version()));
        return new Changed(username, applied, !applied);
    }

    @PostMapping("/api/accounts/{username}/disabling")
    @Operation(summary = "Disable an account: its sessions and tokens end at once")
    ResponseEntity<Void> disable(@PathVariable String username, @RequestBody Version version, Authentication admin) {
        administration.disable(username, admin.getName(), required(version.version()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/accounts/{username}/enabling")
    @Operation(summary = "Re-enable a disabled account")
    ResponseEntity<Void> enable(@PathVariable String username, @RequestBody Version version, Authentication admin) {
        administration.enable(username, admin.getName(), required(version.version()));
        return ResponseEntity.noContent().build();
    }

    private static long required(@Nullable Long version) {
        if (version == null) {
            throw new IllegalArgumentException("give the account's version as you read it ('version')");
        }
        return version;
    }
}
