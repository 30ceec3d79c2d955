package org.haven.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.haven.registry.Comparison;
import org.haven.registry.DocumentIngest;
import org.haven.registry.Match;
import org.haven.registry.Mention;
import org.haven.registry.NameTrace;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Name trace, name comparison and document ingest over HTTP. */
@RestController
@Tag(name = "Name trace", description = "Every name checked against everything the registry holds, in any spelling")
class TraceController {

    /** The longest document taken in one request. */
    static final int MAX_DOCUMENT = 2_000_000;

    private final NameTrace trace;
    private final DocumentIngest ingest;
    private final Visible visible;

    TraceController(NameTrace trace, DocumentIngest ingest, Visible visible) {
        this.trace = trace;
        this.ingest = ingest;
        this.visible = visible;
    }

    @GetMapping("/api/trace")
    @Operation(summary = "The registry people a name may belong to, best first, with score, decision and explanation")
    List<Match> trace(@RequestParam String name, @RequestParam(defaultValue = "10") int limit, Authentication reader) {
        return trace.trace(name, limit, visible.to(reader));
    }

    record TraceRequest(@Nullable String name, @Nullable Integer limit) {}

    @PostMapping("/api/trace")
    @Operation(summary = "The same trace, the name in a JSON body (for names too long or too awkward for a URL)")
    List<Match> traceBody(@RequestBody TraceRequest request, Authentication reader) {
        return trace.trace(
                request.name() == null ? "" : request.name(),
                request.limit() == null ? 10 : request.limit(),
                visible.to(reader));
    }

    record ComparisonRequest(@Nullable String a, @Nullable String b) {}

    @PostMapping("/api/compare")
    @Operation(summary = "Two names scored on their own, with no registry")
    Comparison compare(@RequestBody ComparisonRequest pair) {
        return NameTrace.compare(pair.a() == null ? "" : pair.a(), pair.b() == null ? "" : pair.b());
    }

    @PostMapping(path = "/api/ingest", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(
            summary = "The people a plain-text document mentions, each resolved to a registry person or proposed"
                    + " as new; offsets count UTF-16 code units")
    List<Mention> ingest(@RequestBody String text, Authentication reader) {
        if (text.length() > MAX_DOCUMENT) {
            throw new IllegalArgumentException("the document is longer than " + MAX_DOCUMENT + " characters");
        }
        return ingest.ingest(text, visible.to(reader));
    }
}
