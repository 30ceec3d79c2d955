package org.haven.security;

import java.util.Map;
import org.haven.refusal.Refusal;

/** Two officers relabelled one record at once: the later is refused, never applied over the other. */
public class ConcurrentLabelChange extends RuntimeException implements Refusal {

    private final long yourVersion;

    public ConcurrentLabelChange(long yourVersion) {
        super("The label has changed since you read it at version " + yourVersion + ": read it again and decide.");
        this.yourVersion = yourVersion;
    }

    @Override
    public int httpStatus() {
        return 409;
    }

    @Override
    public String title() {
        return "The label has changed";
    }

    @Override
    public String type() {
        return "urn:haven:problem:concurrent-change";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("yourVersion", yourVersion);
    }
}
