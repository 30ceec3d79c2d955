package org.haven.cases;

import java.util.function.Function;
import org.haven.security.NeedToKnow;
import org.haven.security.Officers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Need-to-know on one live case, for every module that works on live cases: a case the officer may not read is to
 * him a case that does not exist; a write runs in one transaction with the case's label locked and his clearance
 * checked against it again, so that a case raised above him meanwhile takes nothing of his.
 */
@Service
public class CaseGuard {

    private final NeedToKnow needToKnow;
    private final TransactionTemplate tx;

    CaseGuard(NeedToKnow needToKnow, PlatformTransactionManager transactions) {
        this.needToKnow = needToKnow;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The live case's id, when his roles work live cases and his clearance covers it; the decision recorded. */
    public CaseId readable(Authentication reader, String id) {
        CaseId caseId = new CaseId(id);
        if (!Officers.mayWorkLiveCases(reader) || !needToKnow.mayRead(reader, CaseStates.CASE, caseId.value())) {
            throw new CaseNotFound(caseId);
        }
        return caseId;
    }

    /** The action on a case whose decision was made: one transaction, the label locked, the clearance checked. */
    public <T> T within(Authentication officer, CaseId caseId, Function<CaseId, T> action) {
        return tx.execute(status -> {
            if (!needToKnow.holds(officer, CaseStates.CASE, caseId.value())) {
                throw new CaseNotFound(caseId);
            }
            return action.apply(caseId);
        });
    }
}
