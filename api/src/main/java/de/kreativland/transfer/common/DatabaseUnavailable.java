package de.kreativland.transfer.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The database cannot be reached right now (restart, failover, outage, pool exhausted): the request may
 * succeed when repeated, so clients get 503 with Retry-After, never a 500 naming drivers or SQL.
 */
public final class DatabaseUnavailable {
    static final long RETRY_AFTER_SECONDS = 2;

    private DatabaseUnavailable() {
    }

    /** Whether the cause chain shows a lost or refused connection rather than a problem of the request. */
    public static boolean causes(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailableState(sql.getSQLState(), sql.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 08: connection exceptions; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now; 53300: too
     * many connections; Agroal's pool timeout has no state, only its message.
     */
    private static boolean unavailableState(String state, String message) {
        if (state != null) {
            return state.startsWith("08") || state.startsWith("57P") || "53300".equals(state);
        }
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }

    public static HttpProblem problem() {
        return Problems.of(503, HttpProblem.builder().withHeader("Retry-After", RETRY_AFTER_SECONDS),
                "common.database-unavailable", RETRY_AFTER_SECONDS);
    }

    public static Response response() {
        return problem().toResponse();
    }
}
