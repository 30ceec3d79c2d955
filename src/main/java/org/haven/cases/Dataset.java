package org.haven.cases;

import java.util.List;

/**
 * A dataset as read from its file: its cases, and the other people it names.
 *
 * @param cases the cases
 * @param people the people who are not defectors of those cases
 */
public record Dataset(List<DefectionCase> cases, List<NamedPerson> people) {

    public Dataset {
        cases = List.copyOf(cases);
        people = List.copyOf(people);
    }
}
