package org.haven;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The store the tests run against: the embedded H2 file (the default), or a real PostgreSQL server when the build
 * runs the suite a second time with {@code -Dhaven.test.store=postgres}. On PostgreSQL each data directory a test
 * uses gets a database of its own, named after the directory, on the server given by {@code
 * HAVEN_TEST_POSTGRES_URL} (and {@code _USER}, {@code _PASSWORD}); see the README.
 */
public final class TestStore {

    /** Tests that keep records in the store carry this tag: the build runs them on both stores. */
    public static final String TAG = "store";

    private TestStore() {}

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("haven.test.store", "h2"));
    }

    public static String name() {
        return postgres() ? "PostgreSQL" : "H2";
    }

    /** Whether the store the tests are meant to run against is there to run them. */
    static boolean available() {
        return !postgres() || server() != null;
    }

    private static String server() {
        String url = System.getenv("HAVEN_TEST_POSTGRES_URL");
        return url == null || url.isBlank() ? null : url;
    }

    private static String user() {
        String user = System.getenv("HAVEN_TEST_POSTGRES_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    private static String password() {
        String password = System.getenv("HAVEN_TEST_POSTGRES_PASSWORD");
        return password == null ? "" : password;
    }

    /** Spring properties that point Haven at the store of {@code dataDir}, created empty on first use. */
    public static Map<String, String> properties(Path dataDir) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("haven.data-dir", dataDir.toAbsolutePath().toString());
        if (postgres()) {
            properties.put("spring.datasource.url", database(dataDir));
            properties.put("spring.datasource.username", user());
            properties.put("spring.datasource.password", password());
        }
        return properties;
    }

    /** Command-line arguments (which outrank Haven's own settings) for the store of {@code dataDir}, and more. */
    public static String[] arguments(Path dataDir, String... more) {
        java.util.List<String> arguments = new java.util.ArrayList<>();
        properties(dataDir).forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.addAll(java.util.List.of(more));
        return arguments.toArray(String[]::new);
    }

    /** The environment a Haven process needs to use the store of {@code dataDir}, through the postgres profile. */
    public static Map<String, String> environment(Path dataDir) {
        if (!postgres()) {
            return Map.of();
        }
        return Map.of(
                "SPRING_PROFILES_ACTIVE", "postgres",
                "HAVEN_DATABASE_URL", database(dataDir),
                "HAVEN_DATABASE_USER", user(),
                "HAVEN_DATABASE_PASSWORD", password());
    }

    /** A connection to the store of {@code dataDir}, as Haven's own user sees it. */
    public static Connection connect(Path dataDir) throws SQLException {
        if (postgres()) {
            return DriverManager.getConnection(database(dataDir), user(), password());
        }
        return DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("haven"), "haven", "");
    }

    /** Copies the store of {@code from} to {@code to}, which must not have one yet. */
    public static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        if (postgres()) {
            try (Connection c = admin();
                    Statement s = c.createStatement()) {
                s.execute("create database " + databaseName(to) + " template " + databaseName(from));
            }
        } else {
            Files.copy(from.resolve("haven.mv.db"), to.resolve("haven.mv.db"));
        }
    }

    private static Connection admin() throws SQLException {
        String server = server();
        if (server == null) {
            throw new IllegalStateException("HAVEN_TEST_POSTGRES_URL is not set");
        }
        return DriverManager.getConnection(server, user(), password());
    }

    private static synchronized String database(Path dataDir) {
        String name = databaseName(dataDir);
        try (Connection c = admin();
                Statement s = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                s.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server(), e);
        }
        String server = server();
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }

    private static String databaseName(Path dataDir) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(dataDir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "haven_" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
