package org.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.haven.RunningHaven;
import org.haven.StoreTest;
import org.haven.security.Role;
import org.junit.jupiter.api.Test;

/**
 * A case is read in one snapshot: while approaches are being recorded and moved, every read of the register
 * answers, and none names a case the reader may not see.
 */
@StoreTest
class ConsistentReadsTests extends RunningHaven {

    @Test
    void listsAnswerWholeWhileApproachesAreRecordedAndMoved() throws Exception {
        account("consistent-reception", Role.RECEPTION);
        account("consistent-historian", Role.HISTORIAN);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger recorded = new AtomicInteger();
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("nameGiven", "Pavel RACEV " + recorded.get());
                body.put("place", "Vienna");
                body.put("country", "Austria");
                body.put("setting", "FIELD");
                body.put("recipient", "the British Legation");
                HttpResponse<String> r = postAs("consistent-reception", "/api/approaches", body);
                if (r.statusCode() == 201) {
                    String id = body(r).get("id").asString();
                    ids.add(id);
                    postAs(
                            "consistent-reception",
                            "/api/cases/" + id + "/moves/decline",
                            Map.of("reason", "not for us", "version", 0));
                    recorded.incrementAndGet();
                }
            }
        });
        writer.start();
        List<String> faults = new ArrayList<>();
        try {
            long until = System.nanoTime() + 4_000_000_000L;
            int reads = 0;
            while (System.nanoTime() < until || reads < 40) {
                HttpResponse<String> cases = get("/api/cases");
                if (cases.statusCode() != 200) {
                    faults.add("reception: " + cases.statusCode() + " " + cases.body());
                }
                HttpResponse<String> historian = getAs("consistent-historian", "/api/cases");
                if (historian.statusCode() != 200) {
                    faults.add("historian: " + historian.statusCode() + " " + historian.body());
                } else {
                    synchronized (ids) {
                        for (String id : ids) {
                            if (historian.body().contains(id)) {
                                faults.add("historian sees " + id);
                            }
                        }
                    }
                }
                HttpResponse<String> due = get("/api/decisions");
                if (due.statusCode() != 200) {
                    faults.add("decisions: " + due.statusCode() + " " + due.body());
                }
                reads++;
            }
        } finally {
            writing.set(false);
            writer.join();
        }
        assertThat(recorded.get()).as("approaches recorded meanwhile").isGreaterThan(5);
        assertThat(faults).isEmpty();
    }
}
