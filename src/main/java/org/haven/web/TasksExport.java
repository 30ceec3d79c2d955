package org.haven.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.haven.cases.LiveCases;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The open tasks of the live cases he may read, as decisions due lists them, as a spreadsheet. */
@Controller
class TasksExport {

    private final LiveCases live;
    private final Clock clock;

    TasksExport(LiveCases live, Clock clock) {
        this.live = live;
        this.clock = clock;
    }

    @GetMapping("/tasks.csv")
    ResponseEntity<StreamingResponseBody> csv(
            @RequestParam(required = false) @Nullable String owner, Authentication officer) {
        String who = owner == null ? "" : owner.strip().toLowerCase(Locale.ROOT);
        List<LiveCases.OpenTask> rows = live.openTasks(
                live.readableBy(officer),
                o -> who.isEmpty() || o.toLowerCase(Locale.ROOT).contains(who));
        var now = clock.instant();
        return Csv.download(
                "tasks.csv",
                List.of("due", "overdue", "task", "kind", "owner", "case", "caseName"),
                rows.stream()
                        .map(r -> List.of(
                                r.task().due().toString(),
                                r.task().overdue(now),
                                r.task().title(),
                                r.task().kind().name(),
                                r.task().owner(),
                                r.of().id().value(),
                                r.of().displayName()))
                        .toList());
    }
}
