package org.haven.archive.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.haven.archive.Attribute;
import org.haven.archive.Dataset;
import org.haven.archive.DatasetException;
import org.haven.archive.Fact;
import org.haven.archive.Facts;
import org.haven.archive.NamedPerson;
import org.haven.archive.PastCase;
import org.haven.archive.PastDefector;
import org.haven.cases.CaseId;
import org.haven.cases.DefectorId;
import org.haven.evidence.Certainty;
import org.haven.evidence.Citation;
import org.haven.evidence.SourceLibrary;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a case data file (see {@code docs/dataset.md}) into cases, checking every passage against its source.
 *
 * <p>The file is read as a YAML node tree rather than bound to classes, so that every fault, from a stray
 * field to a misquoted passage, is reported with the line it stands on.
 */
final class CaseDataset {

    private static final Set<String> FACT_FIELDS = Set.of("value", "sources", "certainty", "note");
    private static final Set<String> NAME_FIELDS = Set.of("name", "sources", "certainty", "note");
    private static final Set<String> SOURCE_FIELDS = Set.of("document", "section", "passage");

    private final String file;
    private final SourceLibrary sources;
    private final Map<String, Integer> defectorLines = new HashMap<>();

    private CaseDataset(String file, SourceLibrary sources) {
        this.file = file;
        this.sources = sources;
    }

    /**
     * Reads and checks a data file.
     *
     * @param file the file's name, for messages
     * @throws DatasetException naming the file, the line and the reason for the first fault found
     */
    /** A dataset's name: its file's, without the extension. */
    static String name(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
    }

    static Dataset read(String file, Reader content, SourceLibrary sources) {
        return new CaseDataset(file, sources).read(content);
    }

    private Dataset read(Reader content) {
        Node root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file).build())
                    .composeReader(content)
                    .orElseThrow(() -> new DatasetException(file, 1, "the file is empty"));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            throw new DatasetException(file, line, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new DatasetException(file, 1, "not valid YAML: " + e.getMessage());
        }
        Map<String, NodeTuple> top = fields(root, "the file", Set.of("cases", "people"));
        SequenceNode caseNodes = sequence(required(top, "cases", root, "the file"), "cases");
        if (caseNodes.getValue().isEmpty()) {
            throw fault(caseNodes, "'cases' lists no case");
        }
        List<PastCase> cases = new ArrayList<>();
        Map<CaseId, Integer> caseLines = new HashMap<>();
        for (Node caseNode : caseNodes.getValue()) {
            PastCase c = readCase(caseNode);
            Integer earlier = caseLines.putIfAbsent(c.id(), line(caseNode));
            if (earlier != null) {
                throw fault(caseNode, "case id '" + c.id() + "' is already used on line " + earlier);
            }
            cases.add(c);
        }
        List<NamedPerson> people = new ArrayList<>();
        if (top.containsKey("people")) {
            for (Node personNode :
                    sequence(top.get("people").getValueNode(), "people").getValue()) {
                people.add(readPerson(personNode));
            }
        }
        return new Dataset(name(file), cases, people);
    }

    private NamedPerson readPerson(Node node) {
        Map<String, NodeTuple> f = fields(node, "a person", Set.of("id", "givenName", "surname", "note", "names"));
        String id = text(required(f, "id", node, "a person"));
        Integer earlier = defectorLines.putIfAbsent(id, line(node));
        if (earlier != null) {
            throw fault(node, "id '" + id + "' is already used on line " + earlier);
        }
        String surname = text(required(f, "surname", node, "person " + id));
        String givenName = f.containsKey("givenName") ? text(f.get("givenName").getValueNode()) : null;
        String note = f.containsKey("note") ? text(f.get("note").getValueNode()) : null;
        List<Fact<String>> names = new ArrayList<>();
        for (Node nameNode :
                sequence(required(f, "names", node, "person " + id), "names").getValue()) {
            names.add(readFact(Attribute.NAMES, nameNode));
        }
        if (names.isEmpty()) {
            throw fault(node, "person " + id + " has no name with a source");
        }
        try {
            return new NamedPerson(id, givenName, surname, note, names);
        } catch (IllegalArgumentException e) {
            throw fault(node, e.getMessage());
        }
    }

    private PastCase readCase(Node node) {
        Set<String> allowed = allowedFields(Attribute.Subject.CASE, "id", "defectors");
        Map<String, NodeTuple> f = fields(node, "a case", allowed);
        CaseId id = parse(required(f, "id", node, "a case"), v -> new CaseId(v));
        SequenceNode defectorNodes = sequence(required(f, "defectors", node, "case " + id), "defectors");
        if (defectorNodes.getValue().isEmpty()) {
            throw fault(defectorNodes, "case " + id + " has no defector: a case has one or more");
        }
        List<PastDefector> defectors =
                defectorNodes.getValue().stream().map(this::readDefector).toList();
        Facts facts = readFacts(Attribute.Subject.CASE, f);
        return new PastCase(id, 0, defectors, facts, name(file));
    }

    private PastDefector readDefector(Node node) {
        Set<String> allowed = allowedFields(Attribute.Subject.DEFECTOR, "id", "givenName", "surname");
        Map<String, NodeTuple> f = fields(node, "a defector", allowed);
        DefectorId id = parse(required(f, "id", node, "a defector"), v -> new DefectorId(v));
        Integer earlier = defectorLines.putIfAbsent(id.value(), line(node));
        if (earlier != null) {
            throw fault(node, "defector id '" + id + "' is already used on line " + earlier);
        }
        String surname = text(required(f, "surname", node, "defector " + id));
        String givenName = f.containsKey("givenName") ? text(f.get("givenName").getValueNode()) : null;
        Facts facts = readFacts(Attribute.Subject.DEFECTOR, f);
        try {
            return new PastDefector(id, givenName, surname, facts);
        } catch (IllegalArgumentException e) {
            throw fault(node, e.getMessage());
        }
    }

    private Facts readFacts(Attribute.Subject subject, Map<String, NodeTuple> fields) {
        Facts.Builder builder = Facts.builder(subject);
        for (Attribute<?> attribute : Attribute.of(subject)) {
            NodeTuple tuple = fields.get(attribute.name());
            if (tuple != null) {
                addFacts(builder, attribute, tuple.getValueNode());
            }
        }
        return builder.build();
    }

    private <T> void addFacts(Facts.Builder builder, Attribute<T> attribute, Node node) {
        List<Node> factNodes;
        if (attribute.multiple()) {
            factNodes = sequence(node, attribute.name()).getValue();
            if (factNodes.isEmpty()) {
                throw fault(node, attribute.name() + " is an empty list: leave the field out where it is unknown");
            }
        } else {
            factNodes = List.of(node);
        }
        for (Node factNode : factNodes) {
            Fact<T> fact = readFact(attribute, factNode);
            try {
                builder.add(attribute, fact);
            } catch (IllegalArgumentException e) {
                throw fault(factNode, e.getMessage());
            }
        }
    }

    private <T> Fact<T> readFact(Attribute<T> attribute, Node node) {
        boolean isName = attribute == Attribute.NAMES;
        String valueField = isName ? "name" : "value";
        Map<String, NodeTuple> f = fields(node, "a fact of " + attribute.name(), isName ? NAME_FIELDS : FACT_FIELDS);
        Node valueNode = required(f, valueField, node, attribute.name());
        T value = parse(valueNode, attribute::parse);
        Certainty certainty = f.containsKey("certainty")
                ? parse(f.get("certainty").getValueNode(), CaseDataset::certainty)
                : Certainty.STATED;
        String note = f.containsKey("note") ? text(f.get("note").getValueNode()) : null;
        Node sourcesNode = required(f, "sources", node, attribute.name());
        List<Node> sourceNodes = sequence(sourcesNode, "sources").getValue();
        if (sourceNodes.isEmpty()) {
            throw fault(sourcesNode, attribute.name() + " has no source: every fact needs a passage that states it");
        }
        List<Citation> citations = sourceNodes.stream().map(this::readCitation).toList();
        return new Fact<>(value, certainty, citations, note);
    }

    private Citation readCitation(Node node) {
        Map<String, NodeTuple> f = fields(node, "a source", SOURCE_FIELDS);
        String document = f.containsKey("document") ? text(f.get("document").getValueNode()) : SourceLibrary.STUDY_1948;
        String section = text(required(f, "section", node, "a source"));
        Node passageNode = required(f, "passage", node, "a source");
        Citation citation = parse(passageNode, p -> new Citation(document, section, p));
        var doc =
                sources.find(document).orElseThrow(() -> fault(node, "no source document '" + document + "' is held"));
        if (doc.section(section).isEmpty()) {
            throw fault(
                    node,
                    "'" + document + "' has no section " + section + " (it has "
                            + String.join(", ", doc.sections().keySet()) + ")");
        }
        if (!doc.supports(citation)) {
            String elsewhere = doc.locate(citation.passage())
                    .map(s -> " (it stands in section " + s + ")")
                    .orElse("");
            throw fault(
                    passageNode,
                    "the passage is not in section " + section + " of '" + document + "'" + elsewhere + ": \""
                            + abbreviate(citation.passage()) + "\"");
        }
        return citation;
    }

    private static Certainty certainty(String text) {
        return Stream.of(Certainty.values())
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("certainty '" + text + "' is not one of "
                        + Stream.of(Certainty.values())
                                .map(c -> c.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))));
    }

    private static Set<String> allowedFields(Attribute.Subject subject, String... own) {
        Set<String> allowed = new java.util.LinkedHashSet<>(List.of(own));
        Attribute.of(subject).forEach(a -> allowed.add(a.name()));
        return allowed;
    }

    private Map<String, NodeTuple> fields(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw fault(node, what + " must be a mapping of fields");
        }
        Map<String, NodeTuple> result = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = text(tuple.getKeyNode());
            if (!allowed.contains(key)) {
                throw fault(
                        tuple.getKeyNode(),
                        "unknown field '" + key + "' in " + what + " (allowed: " + String.join(", ", allowed) + ")");
            }
            if (result.putIfAbsent(key, tuple) != null) {
                throw fault(tuple.getKeyNode(), "field '" + key + "' is given twice in " + what);
            }
        }
        return result;
    }

    private Node required(Map<String, NodeTuple> fields, String name, Node parent, String what) {
        NodeTuple tuple = fields.get(name);
        if (tuple == null) {
            throw fault(parent, what + " needs the field '" + name + "'");
        }
        return tuple.getValueNode();
    }

    private SequenceNode sequence(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            return sequence;
        }
        throw fault(node, "'" + what + "' must be a list");
    }

    private String text(Node node) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        throw fault(node, node instanceof ScalarNode ? "a value is required here" : "a single value is expected here");
    }

    private <T> T parse(Node node, java.util.function.Function<String, T> parser) {
        String value = text(node);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw fault(node, e.getMessage());
        }
    }

    private DatasetException fault(Node node, @Nullable String reason) {
        return new DatasetException(file, line(node), reason == null ? "malformed" : reason);
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + 1;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
