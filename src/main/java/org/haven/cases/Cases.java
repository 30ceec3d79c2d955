package org.haven.cases;

import java.util.List;
import java.util.Optional;

/** The register of live cases (the records of past studies are the archive's). */
public interface Cases {

    /** Every live case, the earliest approach first. */
    List<DefectionCase> findAll();

    Optional<DefectionCase> findById(CaseId id);

    /** The cases in a status, ordered as {@link #findAll()}. */
    List<DefectionCase> findByStatus(CaseStatus status);

    long count();

    /** How many live cases there are: cases opened by an approach. */
    long countLive();

    /** Whether the case is a live one, opened by an approach, rather than a record of a past study. */
    default boolean isLive(CaseId id) {
        return findById(id).isPresent();
    }
}
