package org.haven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.haven.archive.internal.PastCaseState;
import org.haven.cases.internal.CaseState;
import org.haven.cases.internal.TaskState;
import org.haven.registry.internal.PersonState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes in which the audit record hashes each kind of record. A shape that changes without a version step
 * would make every record of its kind look changed behind the log's back: this test holds each shape to the one
 * written down for its version in {@code src/test/resources/state-shapes/KIND-VERSION.txt}. To change a shape, step
 * its version, write the new file, and carry the hashes already recorded over to it (as {@code CaseStateUpgrade}
 * does for cases); never edit the file of a version that stores may hold.
 */
class StateShapeTests {

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("case", CaseState.VERSION, CaseState.class),
                Arguments.of("task", TaskState.VERSION, TaskState.class),
                Arguments.of("person", PersonState.VERSION, PersonState.class),
                Arguments.of("case", 1, firstShape("org.haven.cases.internal.CaseStateV1")),
                Arguments.of("past-case", PastCaseState.VERSION, PastCaseState.class),
                Arguments.of("past-case", 1, firstShape("org.haven.archive.internal.PastCaseStateV1")));
    }

    private static Class<?> firstShape(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a first shape is kept for the stores written in it", e);
        }
    }

    @ParameterizedTest(name = "{0} in shape {1}")
    @MethodSource("shapes")
    void eachShapeIsTheOneWrittenDownForItsVersion(String kind, int version, Class<?> shape) throws IOException {
        String file = "/state-shapes/" + kind + "-" + version + ".txt";
        String actual = describe(shape);
        try (InputStream in = StateShapeTests.class.getResourceAsStream(file)) {
            assertThat(in)
                    .as(
                            "no shape is written down for %s in version %d; if this is a new version, write %s as:%n%s",
                            kind, version, file, actual)
                    .isNotNull();
            assertThat(actual)
                    .as(
                            "the shape of %s changed without a version step: step its VERSION, write the new shape,"
                                    + " and carry the recorded hashes over",
                            kind)
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    /** Every record in the shape, one per line, with its components' names and types, nested records after it. */
    static String describe(Class<?> root) {
        List<String> lines = new ArrayList<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        List<Class<?>> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            Class<?> type = queue.removeFirst();
            if (!seen.add(type)) {
                continue;
            }
            List<String> components = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                components.add(c.getName() + ": " + name(c.getGenericType(), queue));
            }
            lines.add(type.getSimpleName() + "(" + String.join(", ", components) + ")");
        }
        return String.join("\n", lines);
    }

    private static String name(Type type, List<Class<?>> queue) {
        if (type instanceof ParameterizedType p) {
            List<String> args = new ArrayList<>();
            for (Type a : p.getActualTypeArguments()) {
                args.add(name(a, queue));
            }
            return ((Class<?>) p.getRawType()).getSimpleName() + "<" + String.join(", ", args) + ">";
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            queue.add(c);
        }
        return c.getSimpleName();
    }
}
