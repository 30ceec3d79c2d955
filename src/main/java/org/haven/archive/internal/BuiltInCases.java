package org.haven.archive.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.haven.archive.ArchiveManagement;
import org.haven.archive.Dataset;
import org.haven.archive.DatasetException;
import org.haven.archive.DatasetRead;
import org.haven.evidence.SourceLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the built-in dataset of past cases (the 1948 study's) and any other ({@code haven.archive.datasets}, a comma
 * separated list of files) into the archive, before Haven takes its first request.
 *
 * <p>The cases are registered through the same path as every other change, so their history starts in the audit
 * record. The data file is read and checked at every start, so a malformed file stops start-up with its file, line
 * and reason even when the archive already holds its cases; a dataset is written into the archive once, whole.
 */
@Component
class BuiltInCases implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BuiltInCases.class);

    private final Resource dataset;
    private final List<Resource> more;
    private final SourceLibrary sources;
    private final JdbcArchive cases;
    private final ArchiveManagement management;
    private final ApplicationEventPublisher events;
    private final boolean load;
    private final PastCaseStateUpgrade upgrade;

    BuiltInCases(
            @Value("${haven.dataset:classpath:dataset/cases-1948.yaml}") Resource dataset,
            @Value("${haven.archive.datasets:}") String[] more,
            ResourceLoader resources,
            SourceLibrary sources,
            JdbcArchive cases,
            ArchiveManagement management,
            ApplicationEventPublisher events,
            PastCaseStateUpgrade upgrade,
            @Value("${haven.store.restoring:false}") boolean restoring) {
        this.upgrade = upgrade;
        this.more = java.util.Arrays.stream(more)
                .map(String::strip)
                .filter(location -> !location.isEmpty())
                .map(resources::getResource)
                .toList();
        this.events = events;
        this.load = !restoring;
        this.dataset = dataset;
        this.sources = sources;
        this.cases = cases;
        this.management = management;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Resource> files = new ArrayList<>(List.of(dataset));
        files.addAll(more);
        List<Dataset> read = files.stream().map(this::read).toList();
        if (!load) {
            // A restore fills the store from its backup, so nothing is loaded or registered before it.
            return;
        }
        upgrade.run();
        for (Dataset d : read) {
            register(d);
            events.publishEvent(new DatasetRead(d));
        }
    }

    /** A dataset's cases go into the archive once: all of them, or none when they are there already. */
    private void register(Dataset d) {
        long held = d.cases().stream()
                .filter(c -> cases.findById(c.id()).isPresent())
                .count();
        if (held == d.cases().size()) {
            return;
        }
        if (held > 0) {
            throw new DatasetException(
                    d.name(),
                    1,
                    "the archive holds " + held + " of the dataset's "
                            + d.cases().size()
                            + " cases already: a dataset is loaded whole, once, and its ids are unique");
        }
        management.register(d.cases(), ArchiveManagement.DATASET);
        log.info("Loaded the {} past cases of dataset {}", d.cases().size(), d.name());
    }

    Dataset read(Resource dataset) {
        String name = dataset.getFilename() == null ? dataset.getDescription() : dataset.getFilename();
        if (!dataset.exists()) {
            throw new DatasetException(name, 1, "the data file does not exist: " + dataset.getDescription());
        }
        try (Reader reader = new InputStreamReader(dataset.getInputStream(), StandardCharsets.UTF_8)) {
            return CaseDataset.read(name, reader, sources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dataset.getDescription(), e);
        }
    }
}
