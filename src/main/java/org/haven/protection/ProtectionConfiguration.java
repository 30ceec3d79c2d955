package org.haven.protection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The welfare policy: {@code haven.welfare.idle-days} (3) and {@code haven.welfare.first-weeks} (8). */
@Configuration(proxyBeanMethods = false)
class ProtectionConfiguration {

    @Bean
    ProtectionAnalysis.Policy welfarePolicy(
            @Value("${haven.welfare.idle-days:3}") int idleDays,
            @Value("${haven.welfare.first-weeks:8}") int firstWeeks) {
        return new ProtectionAnalysis.Policy(idleDays, firstWeeks);
    }
}
