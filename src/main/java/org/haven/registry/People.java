package org.haven.registry;

import java.util.List;
import java.util.Optional;

/** The registry's people. */
public interface People {

    List<Person> findAll();

    Optional<Person> findById(String id);

    long count();
}
