package org.haven.archive;

import java.util.List;
import java.util.Optional;
import org.haven.cases.CaseId;

/** The archive of past cases: the records of the studies Haven holds, each dataset loaded the same way. */
public interface Archive {

    /** Every past case, ordered by date of defection, then by id. */
    List<PastCase> findAll();

    /** The past cases of one dataset, ordered as {@link #findAll()}. */
    List<PastCase> findByDataset(String dataset);

    Optional<PastCase> findById(CaseId id);

    long count();
}
