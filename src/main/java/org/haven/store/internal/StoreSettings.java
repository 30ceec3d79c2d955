package org.haven.store.internal;

import java.util.Arrays;
import org.haven.store.StoreUnavailable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/** Refuses to start the {@code postgres} profile without the address of the database it is meant to use. */
class StoreSettings implements EnvironmentPostProcessor {

    static final String POSTGRES = "postgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (Arrays.asList(environment.getActiveProfiles()).contains(POSTGRES)) {
            String url = environment.getProperty("haven.database.url", "");
            if (url.isBlank()) {
                throw new StoreUnavailable("The postgres profile needs the database's address: set"
                        + " HAVEN_DATABASE_URL (or haven.database.url), e.g."
                        + " jdbc:postgresql://db.example:5432/haven");
            }
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new StoreUnavailable(
                        "The postgres profile needs a PostgreSQL address (jdbc:postgresql://HOST:PORT/DATABASE), not "
                                + StoreConnectionCheck.withoutParameters(url));
            }
        }
    }
}
