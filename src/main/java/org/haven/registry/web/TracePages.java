package org.haven.registry.web;

import org.haven.registry.DocumentIngest;
import org.haven.registry.NameTrace;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages to trace a name and to ingest a document. */
@Controller
class TracePages {

    private final NameTrace trace;
    private final DocumentIngest ingest;
    private final Visible visible;

    TracePages(NameTrace trace, DocumentIngest ingest, Visible visible) {
        this.trace = trace;
        this.ingest = ingest;
        this.visible = visible;
    }

    @GetMapping("/trace")
    String trace(@RequestParam(required = false) @Nullable String name, Authentication reader, Model model) {
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("threshold", NameTrace.threshold());
        if (name != null && !name.isBlank()) {
            model.addAttribute("matches", trace.trace(name, 10, visible.to(reader)));
        }
        return "registry/trace";
    }

    @GetMapping("/ingest")
    String ingestForm(Model model) {
        model.addAttribute("text", "");
        return "registry/ingest";
    }

    @PostMapping("/ingest")
    String ingest(@RequestParam String text, Authentication reader, Model model) {
        if (text.length() > TraceController.MAX_DOCUMENT) {
            throw new IllegalArgumentException(
                    "the document is longer than " + TraceController.MAX_DOCUMENT + " characters");
        }
        model.addAttribute("text", text);
        model.addAttribute("mentions", ingest.ingest(text, visible.to(reader)));
        return "registry/ingest";
    }
}
