package org.haven.archive;

import java.util.List;

/**
 * A dataset as read from its file: its name, its cases, and the other people it names.
 *
 * @param name the dataset's name, its file's without the extension ({@code cases-1948})
 * @param cases the cases
 * @param people the people who are not defectors of those cases
 */
public record Dataset(String name, List<PastCase> cases, List<NamedPerson> people) {

    public Dataset {
        cases = List.copyOf(cases);
        people = List.copyOf(people);
    }
}
