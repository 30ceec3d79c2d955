package org.haven.cases;

/** A defector's identifier, unique across all cases, e.g. {@code victor-kravchenko}. */
public record DefectorId(String value) {

    public DefectorId {
        Slugs.require("defector", value);
    }

    /** A new, random id that reveals neither his name nor how many defectors there are. */
    public static DefectorId random() {
        return new DefectorId(RandomIds.next());
    }

    @Override
    public String toString() {
        return value;
    }
}
