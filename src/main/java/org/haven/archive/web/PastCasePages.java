package org.haven.archive.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.haven.archive.Archive;
import org.haven.archive.Attribute;
import org.haven.archive.Fact;
import org.haven.archive.HistoricalDate;
import org.haven.archive.PastCase;
import org.haven.archive.PastDefector;
import org.haven.cases.CaseId;
import org.haven.cases.CaseNotFound;
import org.haven.evidence.Citation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A past case on one page: its defectors, every fact and the passage behind each, and its dated facts in order, at
 * the precision the source gives ("1946", never "1 Jan 1946"). Its address is the case's own ({@code /cases/ID});
 * the case pages hand a past case on to this one.
 */
@Controller
class PastCasePages {

    private final Archive archive;

    PastCasePages(Archive archive) {
        this.archive = archive;
    }

    /**
     * One moment of a past case.
     *
     * @param when the date at its own precision
     * @param title what happened
     * @param who who acted, if known
     * @param detail where, if known
     * @param kind always {@code past}
     * @param sources the passages that state it
     */
    record Moment(
            String when,
            String title,
            @Nullable String who,
            @Nullable String detail,
            String kind,
            List<Citation> sources) {}

    /** The dated facts of a past case, the earliest first. */
    record Timeline(List<Moment> moments) {}

    @GetMapping("/archive/cases/{id}")
    String show(@PathVariable String id, Model model) {
        CaseId caseId = new CaseId(id);
        PastCase found = archive.findById(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        model.addAttribute("kase", found);
        model.addAttribute(
                "attributes",
                Attribute.of(Attribute.Subject.DEFECTOR).stream()
                        .filter(a -> a != Attribute.NAMES)
                        .toList());
        model.addAttribute("timeline", timeline(found));
        return "archive/case";
    }

    private static Timeline timeline(PastCase c) {
        record Dated(HistoricalDate date, Moment moment) {}
        List<Dated> moments = new ArrayList<>();
        for (PastDefector d : c.defectors()) {
            Fact<HistoricalDate> defected = d.defected();
            if (defected.known() && defected.value() != null) {
                moments.add(new Dated(
                        defected.value(),
                        new Moment(
                                defected.value().toString(),
                                d.displayName() + " defected",
                                null,
                                place(d),
                                "past",
                                defected.sources())));
            }
        }
        moments.sort(Comparator.comparing(Dated::date));
        return new Timeline(moments.stream().map(Dated::moment).toList());
    }

    private static @Nullable String place(PastDefector d) {
        List<String> parts = new ArrayList<>();
        Fact<String> city = d.fact(Attribute.DEFECTION_CITY);
        Fact<String> country = d.fact(Attribute.DEFECTION_COUNTRY);
        if (city.known()) {
            parts.add(city.value());
        }
        if (country.known()) {
            parts.add(country.value());
        }
        return parts.isEmpty() ? null : "in " + String.join(", ", parts);
    }

    /** The address of a past case's page: the case's own. */
    static String href(CaseId id) {
        return UriComponentsBuilder.fromPath("/cases/{id}")
                .buildAndExpand(id.value())
                .encode()
                .toUriString();
    }
}
