package de.kreativland.transfer;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import net.ttddyy.dsproxy.ConnectionInfo;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.JdbcProxyFactory;
import net.ttddyy.dsproxy.proxy.ProxyConfig;

/**
 * The PostgreSQL JDBC driver with every connection wrapped by datasource-proxy, which records each statement
 * executed on it: Hibernate's, the JDBC lists' (common/SqlFilter) and native queries alike. A test profile makes it the
 * datasource's driver ({@code quarkus.datasource.jdbc.driver}); the URL stays {@code jdbc:postgresql:…}.
 */
public class CountingDriver implements Driver {
    private static final List<String> EXECUTED = new ArrayList<>();
    private static final ProxyConfig CONFIG = ProxyConfig.Builder.create().queryListener(new QueryExecutionListener() {
        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            synchronized (EXECUTED) {
                // one execution (a batch counts once) of one or more statements
                EXECUTED.add(queries.stream().map(QueryInfo::getQuery).reduce((a, b) -> a + "; " + b).orElse(""));
            }
        }
    }).build();

    private final Driver postgres = new org.postgresql.Driver();

    /** Forgets the statements recorded so far. */
    public static void reset() {
        synchronized (EXECUTED) {
            EXECUTED.clear();
        }
    }

    /** The statements executed since {@link #reset()}, in order. */
    public static List<String> executed() {
        synchronized (EXECUTED) {
            return List.copyOf(EXECUTED);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = postgres.connect(url, info);
        if (connection == null) {
            return null;
        }
        ConnectionInfo connectionInfo = new ConnectionInfo();
        connectionInfo.setDataSourceName("counted");
        return JdbcProxyFactory.DEFAULT.createConnection(connection, connectionInfo, CONFIG);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgres.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return postgres.getParentLogger();
    }
}
