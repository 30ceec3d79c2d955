package org.haven.cases;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The one rule for identifiers that people also read: lower-case letters, digits and single hyphens. */
public final class Slugs {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {}

    public static String require(String kind, @Nullable String value) {
        if (value == null || value.length() > 64 || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a " + kind + " id is 1 to 64 lower-case letters, digits and single hyphens, not '" + value + "'");
        }
        return value;
    }
}
