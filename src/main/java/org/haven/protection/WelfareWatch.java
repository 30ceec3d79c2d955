package org.haven.protection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.haven.cases.CaseId;
import org.haven.cases.CaseManagement;
import org.haven.cases.CaseTask;
import org.haven.cases.Cases;
import org.haven.cases.DefectionCase;
import org.haven.cases.TaskKind;
import org.haven.exploitation.CaseFile;
import org.haven.exploitation.CaseFileStore;
import org.haven.exploitation.CaseFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idle-time alert: in the first weeks after a defection, a stretch longer than the policy's days with no contact
 * and no work given him raises a task for his handler, due the next day, once for each stretch; the decision clock's
 * machinery (tasks, due dates, overdue) carries it from there.
 */
@Service
public class WelfareWatch {

    /** The title every idle-time task begins with. */
    public static final String TITLE = "Idle: no contact and no work for ";

    private final Cases cases;
    private final CaseFileStore files;
    private final CaseManagement management;
    private final ProtectionAnalysis.Policy policy;
    private final Clock clock;

    WelfareWatch(
            Cases cases,
            CaseFileStore files,
            CaseManagement management,
            ProtectionAnalysis.Policy policy,
            Clock clock) {
        this.cases = cases;
        this.files = files;
        this.management = management;
        this.policy = policy;
        this.clock = clock;
    }

    /** Looks at every live case once; the tasks it set. */
    @Transactional
    public List<CaseTask> review() {
        Instant now = clock.instant();
        List<CaseTask> set = new ArrayList<>();
        for (DefectionCase kase : cases.findAll()) {
            var stored = files.find(kase.id());
            if (stored.isEmpty()) {
                continue;
            }
            CaseFile file = CaseFiles.read(stored.get().content());
            List<ProtectionAnalysis.Idle> idle =
                    ProtectionAnalysis.of(file, policy, now).idle();
            if (idle.isEmpty() || !idle.getLast().to().equals(now)) {
                continue; // no stretch open now, or the first weeks are over
            }
            ProtectionAnalysis.Idle open = idle.getLast();
            boolean told = management.tasks(kase.id()).stream()
                    .anyMatch(t -> t.kind() == TaskKind.KEEP_BUSY
                            && t.title().startsWith(TITLE)
                            && !t.createdAt().isBefore(open.from()));
            if (told) {
                continue;
            }
            set.add(management.assignTask(
                    kase.id(),
                    TaskKind.KEEP_BUSY,
                    TITLE + open.days() + " days, since "
                            + open.from().toString().substring(0, 10) + ": see him, give him work (his story to write)",
                    handler(file, stored.get()),
                    now.plus(Duration.ofDays(1)),
                    "haven:welfare"));
        }
        return set;
    }

    /** His handler: the officer of the last contact or debrief, else who opened his record. */
    private static String handler(CaseFile file, CaseFileStore.Stored stored) {
        @Nullable String officer = null;
        for (CaseFile.Entry e : file.record()) {
            if (e instanceof CaseFile.Debrief d && d.officer() != null) {
                officer = d.officer();
            } else if (e instanceof CaseFile.Other o
                    && o.kind().equals("CONTACT")
                    && o.entry().path("officer").isString()) {
                officer = o.entry().path("officer").asString();
            }
        }
        return officer != null ? officer : stored.importedBy();
    }

    /** For a case: its idle stretches up to now. */
    public List<ProtectionAnalysis.Idle> idle(CaseId caseId) {
        return files.find(caseId)
                .map(s -> ProtectionAnalysis.of(CaseFiles.read(s.content()), policy, clock.instant())
                        .idle())
                .orElse(List.of());
    }
}
