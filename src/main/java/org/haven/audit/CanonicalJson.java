package org.haven.audit;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one canonical JSON form for hashing: properties and map keys in alphabetical order, no whitespace, so the
 * same content always gives the same text.
 */
public final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CanonicalJson() {}

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Reads back a JSON object written by {@link #write}, as plain maps, lists and values. */
    @SuppressWarnings("unchecked")
    public static java.util.Map<String, Object> read(String json) {
        return MAPPER.readValue(json, java.util.Map.class);
    }

    /** The hash of a value's canonical form: what an audit entry records as a record's state. */
    public static String hash(Object value) {
        return StateHash.of(write(value));
    }
}
