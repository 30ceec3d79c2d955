package org.haven.cases.web;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.haven.cases.CaseManagement;
import org.haven.cases.CaseStates;
import org.haven.cases.DecisionClock;
import org.haven.cases.LiveCases;
import org.haven.security.NeedToKnow;
import org.haven.security.Role;
import org.haven.security.WorkAtHand;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The officers' work on live cases: his open tasks (leads, reviews, reveal requests), and the decisions due. */
@Component
class CaseWork {

    private final NeedToKnow needToKnow;
    private final LiveCases cases;
    private final CaseManagement management;
    private final DecisionClock decisions;
    private final Clock clock;

    CaseWork(NeedToKnow needToKnow, LiveCases cases, CaseManagement management, DecisionClock decisions, Clock clock) {
        this.needToKnow = needToKnow;
        this.cases = cases;
        this.management = management;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Component
    static class Tasks implements WorkAtHand {

        private final CaseWork work;

        Tasks(CaseWork work) {
            this.work = work;
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(
                    Role.RECEPTION, Role.HANDLER, Role.ANALYST, Role.VETTING, Role.PROTECTION, Role.RESETTLEMENT);
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public Section of(Authentication officer) {
            Instant now = work.clock.instant();
            List<LiveCases.OpenTask> mine =
                    work.cases.openTasks(work.cases.readableBy(officer), o -> o.equals(officer.getName()));
            Timeline.Times times = new Timeline.Times();
            List<Item> items = mine.stream()
                    .limit(SHOWN)
                    .map(m -> new Item(
                            m.task().title(),
                            "/cases/" + m.of().id().value() + "#tasks",
                            m.of().displayName() + " · " + (m.task().overdue(now) ? "overdue since " : "due ")
                                    + times.minutes(m.task().due()),
                            m.task().overdue(now)))
                    .toList();
            long overdue = mine.stream().filter(m -> m.task().overdue(now)).count();
            return new Section(
                    "tasks",
                    "Your open tasks",
                    mine.isEmpty()
                            ? "No open task is yours."
                            : mine.size() + " open task" + (mine.size() == 1 ? "" : "s") + " of yours"
                                    + (overdue > 0 ? ", " + overdue + " overdue" : "") + ", soonest due first.",
                    "/decisions?owner=" + officer.getName() + "#tasks",
                    items);
        }
    }

    @Component
    static class Decisions implements WorkAtHand {

        private final CaseWork work;

        Decisions(CaseWork work) {
            this.work = work;
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(Role.RECEPTION);
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public Section of(Authentication officer) {
            Instant now = work.clock.instant();
            List<DecisionClock.Due> due =
                    work.needToKnow.visible(officer, CaseStates.CASE, work.decisions.due(), DecisionClock.Due::caseId);
            Timeline.Times times = new Timeline.Times();
            List<Item> items = due.stream()
                    .limit(SHOWN)
                    .map(d -> new Item(
                            d.nameGiven() + ", " + d.place(),
                            "/cases/" + d.caseId(),
                            d.overdue()
                                    ? "overdue by " + times.span(d.timeLeft()) + ", escalated"
                                    : times.span(d.timeLeft()) + " left, due " + times.minutes(d.decisionDue()),
                            d.overdue() || times.lastQuarter(d.approachedAt(), d.decisionDue(), now)))
                    .toList();
            long overdue = due.stream().filter(DecisionClock.Due::overdue).count();
            return new Section(
                    "decisions",
                    "Decisions due",
                    due.isEmpty()
                            ? "No approach waits for a decision."
                            : due.size() + " approach" + (due.size() == 1 ? "" : "es") + " wait for a decision"
                                    + (overdue > 0 ? ", " + overdue + " overdue" : "") + ", nearest first.",
                    "/decisions",
                    items);
        }
    }
}
