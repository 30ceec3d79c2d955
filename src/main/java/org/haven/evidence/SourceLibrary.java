package org.haven.evidence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The source documents Haven holds, by identifier. */
public final class SourceLibrary {

    /** The identifier of the 1948 study. */
    public static final String STUDY_1948 = "mi5-1948";

    private final Map<String, SourceDocument> documents = new LinkedHashMap<>();

    public SourceLibrary(List<SourceDocument> documents) {
        documents.forEach(d -> {
            if (this.documents.putIfAbsent(d.id(), d) != null) {
                throw new IllegalArgumentException("two source documents share the id " + d.id());
            }
        });
    }

    /** The library of built-in sources: the 1948 study. */
    public static SourceLibrary builtIn() {
        return new SourceLibrary(List.of(SourceDocument.fromClasspath(
                STUDY_1948, "MI5 study of Soviet defectors, 1948", "sources/mi5-study-of-soviet-defectors-1948.txt")));
    }

    public Optional<SourceDocument> find(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    public SourceDocument get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no source document " + id));
    }

    public Collection<SourceDocument> all() {
        return documents.values();
    }

    /** Whether the citation's passage stands in the section of the document it names. */
    public boolean supports(Citation citation) {
        return find(citation.document()).map(d -> d.supports(citation)).orElse(false);
    }
}
