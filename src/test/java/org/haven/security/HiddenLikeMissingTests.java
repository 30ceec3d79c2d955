package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.RunningHaven;
import org.junit.jupiter.api.Test;

/**
 * A case beyond an officer's clearance answers him as a case that does not exist: the same status, the same body,
 * and in the same time. The probe saw about 1 ms between them; the test measures the two alternately, pair by pair,
 * and takes the median of the differences, which the machine's noise moves far less than 1 ms.
 */
class HiddenLikeMissingTests extends RunningHaven {

    private static final String PROBER = "under-cleared-officer";
    private static final int WARM_UP = 150;
    private static final int PAIRS = 400;

    private long nanos(String path, List<String> bodies) {
        long start = System.nanoTime();
        HttpResponse<String> response = getAs(PROBER, path);
        long took = System.nanoTime() - start;
        assertThat(response.statusCode()).isEqualTo(404);
        bodies.add(response.body().replace(path.substring(path.lastIndexOf('/') + 1), "ID"));
        return took;
    }

    @Test
    void aHiddenCaseAnswersAsAMissingOneAndInTheSameTime() {
        account(DUTY_OFFICER);
        if (!accounts.exists(PROBER)) {
            accounts.create(PROBER, PASSWORD, EnumSet.of(Role.RECEPTION), Clearance.parse("SECRET"), false);
        }
        Map<String, Object> approach = new LinkedHashMap<>();
        approach.put("nameGiven", "Semyon HIDDENOV");
        approach.put("place", "Stockholm");
        approach.put("country", "Sweden");
        approach.put("setting", "MISSION_ABROAD");
        approach.put("recipient", "the Legation");
        HttpResponse<String> opened = postAs(DUTY_OFFICER, "/api/approaches", approach);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String hidden = "/api/cases/" + body(opened).get("id").asString();
        String missing = "/api/cases/" + "zzzz-zzzz-zzzz-zzzz";

        List<String> hiddenBodies = new ArrayList<>();
        List<String> missingBodies = new ArrayList<>();
        for (int i = 0; i < WARM_UP; i++) {
            nanos(hidden, hiddenBodies);
            nanos(missing, missingBodies);
        }
        long[] differences = new long[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            // Alternate which goes first, so that neither gains from what the other warmed.
            if (i % 2 == 0) {
                long h = nanos(hidden, hiddenBodies);
                differences[i] = h - nanos(missing, missingBodies);
            } else {
                long m = nanos(missing, missingBodies);
                differences[i] = nanos(hidden, hiddenBodies) - m;
            }
        }
        assertThat(hiddenBodies.stream().distinct().toList())
                .isEqualTo(missingBodies.stream().distinct().toList());
        java.util.Arrays.sort(differences);
        double medianMillis = differences[PAIRS / 2] / 1e6;
        assertThat(Math.abs(medianMillis))
                .as("median of hidden minus missing, in ms, over %d pairs", PAIRS)
                .isLessThan(0.25);
    }
}
