package org.haven.cases;

/** A defector's identifier, unique across all cases, e.g. {@code victor-kravchenko}. */
public record DefectorId(String value) {

    public DefectorId {
        Slugs.require("defector", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
