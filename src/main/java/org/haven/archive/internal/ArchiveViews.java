package org.haven.archive.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.haven.archive.Archive;
import org.haven.archive.Attribute;
import org.haven.archive.Fact;
import org.haven.archive.Facts;
import org.haven.archive.HistoricalDate;
import org.haven.archive.PastCase;
import org.haven.archive.PastDefector;
import org.haven.cases.CaseId;
import org.haven.cases.CaseView;
import org.haven.cases.CaseView.DefectorView;
import org.haven.cases.CaseView.FactView;
import org.haven.cases.PastCaseViews;
import org.springframework.stereotype.Component;

/**
 * The archive's side of the case pages' port: a past case as readers see it through the API and the command line,
 * every attribute present, unknown ones marked as such, values in their written form (dates at their precision);
 * status {@code HISTORICAL}, no approach, tracks or moves.
 */
@Component
class ArchiveViews implements PastCaseViews {

    private final Archive archive;

    ArchiveViews(Archive archive) {
        this.archive = archive;
    }

    @Override
    public Optional<CaseView> view(CaseId id) {
        return archive.findById(id).map(ArchiveViews::of);
    }

    @Override
    public List<CaseView> views() {
        return archive.findAll().stream().map(ArchiveViews::of).toList();
    }

    static CaseView of(PastCase c) {
        return new CaseView(
                c.id().value(),
                c.version(),
                c.displayName(),
                c.defected().map(HistoricalDate::toString).orElse(null),
                "HISTORICAL",
                facts(c.facts(), Attribute.Subject.CASE),
                c.defectors().stream().map(ArchiveViews::of).toList(),
                null,
                null,
                List.of(),
                List.of(),
                false,
                List.of());
    }

    private static DefectorView of(PastDefector d) {
        return new DefectorView(
                d.id().value(),
                d.displayName(),
                d.givenName(),
                d.surname(),
                d.names().stream().map(f -> view(Attribute.NAMES, f)).toList(),
                facts(d.facts(), Attribute.Subject.DEFECTOR));
    }

    private static Map<String, FactView> facts(Facts facts, Attribute.Subject subject) {
        Map<String, FactView> result = new LinkedHashMap<>();
        for (Attribute<?> attribute : Attribute.of(subject)) {
            if (attribute == Attribute.NAMES) {
                continue;
            }
            result.put(attribute.name(), view(attribute, facts));
        }
        return result;
    }

    private static <T> FactView view(Attribute<T> attribute, Facts facts) {
        if (!attribute.multiple()) {
            return view(attribute, facts.one(attribute));
        }
        List<FactView> values =
                facts.all(attribute).stream().map(f -> view(attribute, f)).toList();
        return new FactView(!values.isEmpty(), null, values, null, null, List.of());
    }

    private static <T> FactView view(Attribute<T> attribute, Fact<T> fact) {
        if (!fact.known()) {
            return new FactView(false, null, null, null, null, List.of());
        }
        return new FactView(
                true,
                attribute.format(Objects.requireNonNull(fact.value())),
                null,
                fact.certainty().name().toLowerCase(Locale.ROOT),
                fact.note(),
                fact.sources());
    }
}
