package org.haven.study;

import java.util.List;
import java.util.Optional;

/**
 * A study of the case records: its figures and the places where its paper contradicts itself.
 *
 * @param title what the study is
 * @param cases the number of case records (TAKACS and DENISOV are one case)
 * @param defectors the number of defectors in them
 * @param figures the figures, each computed from the records
 * @param discrepancies places where the paper is not consistent with itself
 */
public record Study(String title, int cases, int defectors, List<Figure> figures, List<Discrepancy> discrepancies) {

    public Study {
        figures = List.copyOf(figures);
        discrepancies = List.copyOf(discrepancies);
    }

    public Optional<Figure> figure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
