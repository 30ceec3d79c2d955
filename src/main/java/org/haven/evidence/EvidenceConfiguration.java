package org.haven.evidence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    @Bean
    SourceLibrary sourceLibrary() {
        return SourceLibrary.builtIn();
    }
}
