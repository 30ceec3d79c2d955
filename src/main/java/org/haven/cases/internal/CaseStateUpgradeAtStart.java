package org.haven.cases.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Carries the store's hashes of live cases over to the current shape before Haven takes its first request. */
@Component
class CaseStateUpgradeAtStart implements SmartInitializingSingleton {

    private final CaseStateUpgrade upgrade;
    private final boolean restoring;

    CaseStateUpgradeAtStart(CaseStateUpgrade upgrade, @Value("${haven.store.restoring:false}") boolean restoring) {
        this.upgrade = upgrade;
        this.restoring = restoring;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // A restore fills the store from its backup; the store is carried over at the next start.
        if (!restoring) {
            upgrade.run();
        }
    }
}
