package org.haven.protection.internal;

import java.util.Map;
import org.haven.audit.AuditCoverage;
import org.haven.audit.AuditedRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the audit what every protected detail (its ciphertext, key and writer) and every compartment's keyset look
 * like now, so that a ciphertext swapped or a keyset replaced in the store is found.
 */
@Configuration(proxyBeanMethods = false)
class AuditedProtection {

    @Bean
    AuditedRecords auditedProtectedDetails(JdbcProtectedDetails details) {
        return kind(JdbcProtectedDetails.SUBJECT, details::states);
    }

    @Bean
    AuditedRecords auditedKeysets(KeyRing keys) {
        return kind(KeyRing.SUBJECT, keys::states);
    }

    private static AuditedRecords kind(String subjectType, java.util.function.Supplier<Map<String, String>> states) {
        return new AuditedRecords() {
            @Override
            public String subjectType() {
                return subjectType;
            }

            @Override
            public Map<String, String> currentStates() {
                return states.get();
            }

            @Override
            public String coverage() {
                return AuditCoverage.SECURITY_RECORDS;
            }
        };
    }
}
