package org.haven.cases.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.haven.cases.CaseManagement;
import org.haven.cases.Dataset;
import org.haven.cases.DatasetException;
import org.haven.cases.DatasetRead;
import org.haven.evidence.SourceLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the built-in cases into an empty register, before Haven takes its first request.
 *
 * <p>The cases are registered through the same path as every other change, so their history starts in the audit
 * record. The data file is read and checked at every start, so a malformed file stops start-up with its file, line
 * and reason even when the register is already filled; it is written only into an empty register.
 */
@Component
class BuiltInCases implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BuiltInCases.class);

    private final Resource dataset;
    private final SourceLibrary sources;
    private final JdbcCases cases;
    private final CaseManagement management;
    private final ApplicationEventPublisher events;
    private final boolean load;
    private final CaseStateUpgrade upgrade;

    BuiltInCases(
            @Value("${haven.dataset:classpath:dataset/cases-1948.yaml}") Resource dataset,
            SourceLibrary sources,
            JdbcCases cases,
            CaseManagement management,
            ApplicationEventPublisher events,
            CaseStateUpgrade upgrade,
            @Value("${haven.store.restoring:false}") boolean restoring) {
        this.upgrade = upgrade;
        this.events = events;
        this.load = !restoring;
        this.dataset = dataset;
        this.sources = sources;
        this.cases = cases;
        this.management = management;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Dataset builtIn = read();
        if (!load) {
            // A restore fills the store from its backup, so nothing is loaded or registered before it.
            return;
        }
        upgrade.run();
        if (cases.count() == 0) {
            management.register(builtIn.cases(), CaseManagement.DATASET);
            log.info("Loaded {} built-in cases from {}", builtIn.cases().size(), dataset.getDescription());
        }
        events.publishEvent(new DatasetRead(builtIn));
    }

    Dataset read() {
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
