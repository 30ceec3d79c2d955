package org.haven.protection;

import java.util.LinkedHashMap;
import java.util.Map;
import org.haven.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A write of a protected detail that does not name the version it replaces: two officers never overwrite each other's
 * cover identity unawares. A first write names no version; every later one names the version it read.
 */
public class ConcurrentDetailChange extends RuntimeException implements Refusal {

    private final @Nullable Long yourVersion;

    public ConcurrentDetailChange(@Nullable Long yourVersion) {
        super(
                yourVersion == null
                        ? "This detail has been written before: read it, and give the version you read with your write."
                        : "This detail has changed since you read it at version " + yourVersion
                                + ": read it again, then write.");
        this.yourVersion = yourVersion;
    }

    @Override
    public int httpStatus() {
        return 409;
    }

    @Override
    public String title() {
        return "The detail has changed";
    }

    @Override
    public String type() {
        return "urn:haven:problem:concurrent-change";
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (yourVersion != null) {
            properties.put("yourVersion", yourVersion);
        }
        return properties;
    }
}
