package org.haven.registry.internal;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    /** The name index lives beside the database, in the data directory. */
    @Bean(destroyMethod = "close")
    @Lazy
    NameIndex nameIndex(@Value("${haven.data-dir:./data}") Path dataDir) {
        return new NameIndex(dataDir.resolve("name-index"));
    }
}
