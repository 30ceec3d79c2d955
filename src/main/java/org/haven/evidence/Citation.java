package org.haven.evidence;

import java.util.Objects;

/**
 * A passage quoted exactly from a section of a source document.
 *
 * @param document the source document's identifier, e.g. {@code mi5-1948}
 * @param section the section of the document, e.g. {@code VII}
 * @param passage the words quoted, exactly as they stand (runs of whitespace may be written as one space)
 */
public record Citation(String document, String section, String passage) {

    public Citation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(passage, "passage");
        if (document.isBlank() || section.isBlank()) {
            throw new IllegalArgumentException("a citation needs a document and a section");
        }
        if (passage.isBlank()) {
            throw new IllegalArgumentException("a citation needs a passage");
        }
    }
}
