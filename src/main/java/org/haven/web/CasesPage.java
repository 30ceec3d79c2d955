package org.haven.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.haven.archive.Archive;
import org.haven.archive.Attribute;
import org.haven.archive.Fact;
import org.haven.archive.PastCase;
import org.haven.archive.PastDefector;
import org.haven.cases.DefectionCase;
import org.haven.cases.LiveCases;
import org.haven.registry.NameTrace;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every case he may read, live and past, found: by a name in any spelling (compared as the name trace compares
 * names, so KORIAKOFF finds KORIAKOV), by place, status, officer and date; sorted, a page at a time, and as a
 * spreadsheet of what the filters keep. The live cases are read within his clearance, the reading recorded once for
 * the list.
 */
@Controller
class CasesPage {

    static final int PAGE = 25;

    private final Archive archive;
    private final LiveCases live;

    CasesPage(Archive archive, LiveCases live) {
        this.archive = archive;
        this.live = live;
    }

    /**
     * One row of the register.
     *
     * @param date the day of the approach, or the first day of the period the defection is known to
     * @param when the date as the record knows it: a day, a month, a year
     * @param score how well the name asked for matches, when one was asked for
     */
    record Row(
            String id,
            String name,
            boolean live,
            String status,
            @Nullable LocalDate date,
            String when,
            String place,
            String officer,
            List<String> names,
            double score) {}

    /** The register's question. */
    record Asked(
            @Nullable String q,
            @Nullable String place,
            @Nullable String status,
            @Nullable String officer,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            String sort,
            int page) {}

    @GetMapping("/cases")
    String page(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String place,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String officer,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(defaultValue = "date") String sort,
            @RequestParam(defaultValue = "1") int page,
            Authentication user,
            Model model) {
        Asked asked = new Asked(q, place, status, officer, from, to, sort, Math.max(1, page));
        List<Row> found = found(asked, user);
        int pages = Math.max(1, (found.size() + PAGE - 1) / PAGE);
        int shown = Math.min(asked.page(), pages);
        model.addAttribute("asked", asked);
        model.addAttribute("rows", found.subList((shown - 1) * PAGE, Math.min(found.size(), shown * PAGE)));
        model.addAttribute("total", found.size());
        model.addAttribute("current", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("statuses", statuses());
        return "cases/register";
    }

    @GetMapping("/cases.csv")
    ResponseEntity<StreamingResponseBody> csv(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String place,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String officer,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(defaultValue = "date") String sort,
            Authentication user) {
        List<Row> found = found(new Asked(q, place, status, officer, from, to, sort, 1), user);
        return Csv.download(
                "cases.csv",
                List.of("id", "name", "live", "status", "when", "place", "officer", "otherNames"),
                found.stream()
                        .map(r -> List.of(
                                r.id(),
                                r.name(),
                                r.live(),
                                r.status(),
                                r.when(),
                                r.place(),
                                r.officer(),
                                String.join("; ", r.names())))
                        .toList());
    }

    private List<Row> found(Asked asked, Authentication user) {
        if (asked.from() != null && asked.to() != null && asked.to().isBefore(asked.from())) {
            throw new IllegalArgumentException(
                    "the date range ends (" + asked.to() + ") before it begins (" + asked.from() + ")");
        }
        List<Row> rows = new ArrayList<>();
        for (DefectionCase c : live.readableBy(user)) {
            var a = c.approach();
            List<String> names = new ArrayList<>();
            names.add(c.displayName());
            names.add(a.nameGiven());
            rows.add(new Row(
                    c.id().value(),
                    c.displayName(),
                    true,
                    words(c.status().name()),
                    a.approachedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                    a.approachedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                    a.place() + ", " + a.country(),
                    a.receivedBy(),
                    names.stream().distinct().toList(),
                    0));
        }
        for (PastCase c : archive.findAll()) {
            PastDefector first = c.defectors().getFirst();
            List<String> names = new ArrayList<>();
            for (PastDefector d : c.defectors()) {
                names.add(d.displayName());
                d.names().stream().filter(Fact::known).map(Fact::value).forEach(names::add);
            }
            var defected = c.defected();
            Fact<String> city = first.fact(Attribute.DEFECTION_CITY);
            Fact<String> country = first.fact(Attribute.DEFECTION_COUNTRY);
            String where = String.join(
                    ", ",
                    java.util.stream.Stream.of(city, country)
                            .filter(Fact::known)
                            .map(Fact::value)
                            .toList());
            rows.add(new Row(
                    c.id().value(),
                    c.displayName(),
                    false,
                    "past case (" + c.dataset() + ")",
                    defected.map(d -> LocalDate.of(
                                    d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day()))
                            .orElse(null),
                    defected.map(Object::toString).orElse("unknown"),
                    where.isEmpty() ? "unknown" : where,
                    "",
                    names.stream().distinct().toList(),
                    0));
        }
        List<Row> kept = new ArrayList<>();
        for (Row r : rows) {
            double score = 0;
            if (has(asked.q())) {
                score = nameScore(asked.q().strip(), r.names());
                if (score < NameTrace.threshold()) {
                    continue;
                }
            }
            if (has(asked.place()) && !contains(r.place(), asked.place())) {
                continue;
            }
            if (has(asked.status()) && !statusMatches(r, asked.status())) {
                continue;
            }
            if (has(asked.officer()) && !contains(r.officer(), asked.officer())) {
                continue;
            }
            if (asked.from() != null && (r.date() == null || r.date().isBefore(asked.from()))) {
                continue;
            }
            if (asked.to() != null && (r.date() == null || r.date().isAfter(asked.to()))) {
                continue;
            }
            kept.add(new Row(
                    r.id(),
                    r.name(),
                    r.live(),
                    r.status(),
                    r.date(),
                    r.when(),
                    r.place(),
                    r.officer(),
                    r.names(),
                    score));
        }
        kept.sort(order(asked));
        return kept;
    }

    private static Comparator<Row> order(Asked asked) {
        Comparator<Row> byDate = Comparator.comparing(Row::date, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<Row> byName = Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT));
        return switch (asked.sort()) {
            case "name" -> byName;
            case "status" -> Comparator.comparing(Row::status).thenComparing(byName);
            case "place" ->
                Comparator.comparing((Row r) -> r.place().toLowerCase(Locale.ROOT))
                        .thenComparing(byName);
            case "-date" -> byDate.reversed().thenComparing(byName);
            case "match" -> Comparator.comparingDouble(Row::score).reversed().thenComparing(byName);
            case "date" ->
                has(asked.q())
                        ? Comparator.comparingDouble(Row::score).reversed().thenComparing(byDate)
                        : byDate.thenComparing(byName);
            default ->
                throw new IllegalArgumentException(
                        "sort by date, -date, name, status, place or match, not '" + asked.sort() + "'");
        };
    }

    /** The best score of the name asked for against any of his names, or a plain part of one. */
    private static double nameScore(String asked, List<String> names) {
        double best = 0;
        for (String n : names) {
            if (n.toLowerCase(Locale.ROOT).contains(asked.toLowerCase(Locale.ROOT))) {
                return 1;
            }
            try {
                best = Math.max(best, NameTrace.compare(asked, n).score());
            } catch (IllegalArgumentException unreadable) {
                // a name the trace cannot read is matched by its letters only
            }
        }
        return best;
    }

    private static boolean statusMatches(Row r, String status) {
        String s = status.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "live" -> r.live();
            case "past" -> !r.live();
            default -> r.status().equalsIgnoreCase(words(s));
        };
    }

    private static List<String> statuses() {
        List<String> all = new ArrayList<>(List.of("live", "past"));
        for (var s : org.haven.cases.CaseStatus.values()) {
            all.add(words(s.name()));
        }
        return all;
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static boolean has(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.strip().toLowerCase(Locale.ROOT));
    }
}
