package org.haven.study;

import java.util.List;
import org.haven.evidence.Citation;

/**
 * A place where the paper is not consistent with itself, with the passages side by side.
 *
 * @param id a stable identifier
 * @param title the inconsistency in one line
 * @param explanation what does not fit, and how Haven's records read it
 * @param passages the passages that conflict
 */
public record Discrepancy(String id, String title, String explanation, List<Citation> passages) {

    public Discrepancy {
        passages = List.copyOf(passages);
        if (passages.size() < 1) {
            throw new IllegalArgumentException("a discrepancy quotes the passages that conflict");
        }
    }
}
