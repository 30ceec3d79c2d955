package org.haven.store.internal;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.haven.store.StoreUnavailable;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Opens one connection as soon as the data source exists, before the migrations run, so that a wrong address,
 * user or password stops start-up with one line saying which, instead of a chain of driver exceptions.
 */
class StoreConnectionCheck implements BeanPostProcessor {

    private final Environment environment;

    StoreConnectionCheck(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                connection.isValid(5);
            } catch (SQLException | RuntimeException e) {
                throw new StoreUnavailable(describe(
                        environment.getProperty("spring.datasource.url", "(no address)"),
                        environment.getProperty("spring.datasource.username", ""),
                        e));
            }
        }
        return bean;
    }

    /** The one line that says which part of the store's settings is wrong. */
    static String describe(String url, String user, Throwable failure) {
        String where = withoutParameters(url);
        SQLException sql = find(failure, SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String detail = sql == null ? innermost(failure) : firstLine(sql.getMessage());
        if (state.startsWith("28")) {
            return "The database at " + where + " refused user '" + user + "': wrong user name or password (" + detail
                    + ")";
        }
        if (state.equals("3D000")) {
            return "The database at " + where + " does not exist (" + detail + ")";
        }
        if (state.equals("90020")) {
            return "The database at " + where + " is in use by another process: is Haven already running on this"
                    + " data directory?";
        }
        if (state.startsWith("08")
                || find(failure, ConnectException.class) != null
                || find(failure, UnknownHostException.class) != null) {
            return "Cannot reach the database at " + where + ": " + detail;
        }
        return "Cannot open the database at " + where + ": " + detail;
    }

    /** The address without its parameters, which may carry a password. */
    static String withoutParameters(String url) {
        int query = url.indexOf('?');
        int h2Settings = url.startsWith("jdbc:h2:") ? url.indexOf(';') : -1;
        int end = query >= 0 ? query : h2Settings >= 0 ? h2Settings : url.length();
        return url.substring(0, end);
    }

    private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String innermost(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : firstLine(root.getMessage());
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
