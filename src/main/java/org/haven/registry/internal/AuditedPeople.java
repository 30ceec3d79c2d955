package org.haven.registry.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.haven.audit.AuditedRecords;
import org.haven.registry.Person;
import org.springframework.stereotype.Component;

/** Tells the audit what every person looks like now. */
@Component
class AuditedPeople implements AuditedRecords {

    private final JdbcPeople people;

    AuditedPeople(JdbcPeople people) {
        this.people = people;
    }

    @Override
    public String subjectType() {
        return RegistryStates.PERSON;
    }

    @Override
    public Map<String, String> currentStates() {
        Map<String, String> states = new LinkedHashMap<>();
        for (Person p : people.findAll()) {
            states.put(p.id(), RegistryStates.of(p));
        }
        return states;
    }
}
