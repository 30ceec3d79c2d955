package org.haven.audit;

import java.util.Map;
import java.util.stream.Collectors;

/** The audit record in words: an action as a phrase, an entry's details as "what: value" pairs. */
public final class AuditWords {

    private AuditWords() {}

    /** {@code AccessDenied} → "access denied". */
    public static String action(String action) {
        return action.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code {"label":"SECRET","reason":"no label"}} → "label: SECRET; reason: no label". */
    public static String details(String details) {
        Map<String, Object> read;
        try {
            read = CanonicalJson.read(details);
        } catch (RuntimeException e) {
            return details;
        }
        return read.entrySet().stream()
                .map(e -> action(e.getKey()) + ": " + value(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String value(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> action(String.valueOf(e.getKey())) + " " + value(e.getValue()))
                    .collect(Collectors.joining(", ", "(", ")"));
        }
        if (value instanceof java.util.Collection<?> list) {
            return list.stream().map(AuditWords::value).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
