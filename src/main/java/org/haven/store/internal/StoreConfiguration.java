package org.haven.store.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    static StoreConnectionCheck storeConnectionCheck(Environment environment) {
        return new StoreConnectionCheck(environment);
    }
}
