package org.haven.audit.internal;

import java.time.Instant;
import java.util.Arrays;
import org.haven.audit.CanonicalJson;
import org.haven.audit.StateHash;
import org.jspecify.annotations.Nullable;

/** How an entry's hash is made: over the previous hash and the entry's canonical content. */
final class Chain {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private Chain() {}

    static String hash(
            String previousHash,
            long sequence,
            Instant at,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String details,
            @Nullable String subjectState) {
        String content = CanonicalJson.write(Arrays.asList(
                Long.toString(sequence),
                at.toString(),
                actor,
                action,
                subjectType,
                subjectId,
                details,
                subjectState == null ? "" : subjectState));
        return StateHash.of(previousHash + "\n" + content);
    }
}
