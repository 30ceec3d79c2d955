package org.haven.security.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.haven.security.AccountAdministration;
import org.haven.security.Role;
import org.haven.security.WorkAtHand;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The administrator's work: what waits on accounts for a second administrator, his to confirm when not his own. */
@Component
class AdministratorWork implements WorkAtHand {

    private final AccountAdministration administration;

    AdministratorWork(AccountAdministration administration) {
        this.administration = administration;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.ADMIN);
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Section of(Authentication admin) {
        var all = administration.list();
        List<Item> waiting = all.stream()
                .filter(a -> a.awaiting().isPresent())
                .map(a -> {
                    var c = a.awaiting().get();
                    boolean his = !c.proposedBy().equals(admin.getName())
                            && !a.username().equals(admin.getName());
                    return new Item(
                            a.username() + ": "
                                    + (c.kind() == AccountAdministration.Kind.ENROL
                                            ? "a one-time password"
                                            : "more roles or a higher clearance"),
                            "/accounts",
                            "proposed by " + c.proposedBy()
                                    + (his ? "; yours to confirm" : "; another administrator confirms"),
                            his);
                })
                .toList();
        long disabled =
                all.stream().filter(AccountAdministration.Account::disabled).count();
        return new Section(
                "accounts",
                "Accounts",
                all.size() + " account" + (all.size() == 1 ? "" : "s") + ", " + disabled + " disabled; "
                        + (waiting.isEmpty()
                                ? "nothing waits for a second administrator."
                                : waiting.size() + " wait for a second administrator."),
                "/accounts",
                waiting.stream().limit(SHOWN).toList());
    }
}
