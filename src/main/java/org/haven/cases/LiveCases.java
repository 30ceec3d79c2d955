package org.haven.cases;

import java.util.List;
import org.haven.security.NeedToKnow;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The live cases an officer may read: every one not closed, within his clearance, the reading recorded; none for
 * a user whose roles work no live case.
 */
@Service
public class LiveCases {

    private final Cases cases;
    private final NeedToKnow needToKnow;
    private final CaseManagement management;

    LiveCases(Cases cases, NeedToKnow needToKnow, CaseManagement management) {
        this.cases = cases;
        this.needToKnow = needToKnow;
        this.management = management;
    }

    /** An open task, with the case it belongs to. */
    public record OpenTask(CaseTask task, DefectionCase of) {}

    /**
     * The open tasks of cases already read, soonest due first, of the owners the filter keeps: what decisions due,
     * a desk and the tasks' spreadsheet list alike.
     */
    public List<OpenTask> openTasks(List<DefectionCase> read, java.util.function.Predicate<String> owner) {
        List<OpenTask> open = new java.util.ArrayList<>();
        for (DefectionCase c : read) {
            for (CaseTask t : management.tasks(c.id())) {
                if (!t.done() && owner.test(t.owner())) {
                    open.add(new OpenTask(t, c));
                }
            }
        }
        open.sort(java.util.Comparator.comparing(t -> t.task().due()));
        return open;
    }

    public List<DefectionCase> readableBy(Authentication officer) {
        if (!org.haven.security.Officers.mayWorkLiveCases(officer)) {
            return List.of(); // a historian, an auditor, an administrator: no live case is his to read
        }
        return needToKnow.visible(
                officer,
                CaseStates.CASE,
                cases.findAll().stream()
                        .filter(c -> c.status() != CaseStatus.CLOSED)
                        .toList(),
                c -> c.id().value());
    }
}
