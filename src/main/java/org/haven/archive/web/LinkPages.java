package org.haven.archive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.archive.Archive;
import org.haven.archive.Attribute;
import org.haven.archive.Fact;
import org.haven.archive.PastCase;
import org.haven.archive.PastDefector;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who is connected to whom: the defectors of the register, the services they served, the countries where they
 * defected, those they turned to and those who received them, drawn as a link chart; every link is a fact of a
 * case record.
 */
@Controller
class LinkPages {

    private final Archive cases;
    private final JsonMapper json;

    LinkPages(Archive cases, JsonMapper json) {
        this.cases = cases;
        this.json = json;
    }

    /** A node of the chart: a defector (with his case page), a service, a place, or a party who received him. */
    record Node(String id, String label, String kind, String href) {}

    /** A link: a fact of a defector's record, in words, between two nodes named {@code from} and {@code to}. */
    record Link(String source, String target, String label, String from, String to) {}

    private record Kind(Attribute<String> attribute, String kind, String relation) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(Attribute.SERVICE, "service", "served in"),
            new Kind(Attribute.DEFECTION_COUNTRY, "place", "defected in"),
            new Kind(Attribute.CHOSEN_RECIPIENT, "recipient", "turned to"),
            new Kind(Attribute.RECEIVED_BY, "recipient", "received by"));

    @GetMapping("/links")
    String links(Model model) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (PastCase c : cases.findAll()) {
            for (PastDefector d : c.defectors()) {
                String defector = "defector:" + d.id().value();
                nodes.put(defector, new Node(defector, d.displayName(), "defector", PastCasePages.href(c.id())));
                for (Kind k : KINDS) {
                    for (Fact<String> f : d.factsOf(k.attribute())) {
                        String value = f.value();
                        if (value == null) {
                            continue;
                        }
                        String id = k.kind() + ":" + value;
                        nodes.putIfAbsent(id, new Node(id, value, k.kind(), ""));
                        links.add(new Link(defector, id, k.relation(), d.displayName(), value));
                    }
                }
            }
        }
        model.addAttribute("nodes", nodes.values());
        model.addAttribute("links", links);
        model.addAttribute("graph", json.writeValueAsString(Map.of("nodes", nodes.values(), "links", links)));
        return "archive/links";
    }
}
