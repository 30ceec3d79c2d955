package org.haven.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source document held as text and divided into its numbered sections.
 *
 * <p>Sections are headed by a roman numeral and an upper-case title on a line of their own ({@code II REASONS
 * FOR DEFECTION}); the text before the first heading is section {@code I}. Passages are compared with runs of
 * whitespace collapsed, because a quotation that spans a line break or the blank line of a table is the same
 * quotation.
 */
public final class SourceDocument {

    private static final Pattern HEADING = Pattern.compile("^([IVXL]+) ([A-Z][A-Z ,’'-]+)$", Pattern.MULTILINE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String id;
    private final String title;
    private final String text;
    private final Map<String, Section> sections;
    private final Map<String, String> normalized = new LinkedHashMap<>();

    /** One section of a document. */
    public record Section(String number, String heading, String text) {}

    public SourceDocument(String id, String title, String text) {
        if (id.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("a source document needs an id and a title");
        }
        this.id = id;
        this.title = title;
        this.text = text;
        this.sections = Collections.unmodifiableMap(split(text));
        // Passages are compared with whitespace collapsed; the sections are collapsed once, not per passage.
        this.sections.forEach((number, section) -> normalized.put(number, normalize(section.text())));
    }

    /** Reads a document from the class path, in UTF-8. */
    public static SourceDocument fromClasspath(String id, String title, String resource) {
        try (InputStream in = SourceDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("source document " + id + " is missing: " + resource);
            }
            return new SourceDocument(id, title, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read source document " + resource, e);
        }
    }

    private static Map<String, Section> split(String text) {
        Map<String, Section> result = new LinkedHashMap<>();
        Matcher heading = HEADING.matcher(text);
        String number = "I";
        String title = "";
        int start = 0;
        while (heading.find()) {
            result.put(number, new Section(number, title, text.substring(start, heading.start())));
            number = heading.group(1);
            title = heading.group(2).strip();
            start = heading.end();
        }
        result.put(number, new Section(number, title, text.substring(start)));
        return result;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    /** The sections in document order, keyed by their number. */
    public Map<String, Section> sections() {
        return sections;
    }

    public Optional<Section> section(String number) {
        return Optional.ofNullable(sections.get(number));
    }

    /** Whether the passage stands, word for word, in the given section. */
    public boolean contains(String section, String passage) {
        String found = normalized.get(section);
        return found != null && found.contains(normalize(passage));
    }

    /** Whether the citation is to this document and its passage stands in the section it names. */
    public boolean supports(Citation citation) {
        return citation.document().equals(id) && contains(citation.section(), citation.passage());
    }

    /** The section in which the passage stands, if any. */
    public Optional<String> locate(String passage) {
        String wanted = normalize(passage);
        return normalized.entrySet().stream()
                .filter(e -> e.getValue().contains(wanted))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    static String normalize(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }
}
