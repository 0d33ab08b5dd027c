package vn.nghisu.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The database's connection pool behind one DataSource that can start a fresh pool. H2 closes the file for good
 * when a write fails (a full disk): the pool's idle sessions keep that closed database alive, so every later
 * connection is refused (error 90098) even after space is freed. {@link #reopen} drops them and starts anew.
 */
final class ReopeningDataSource implements DataSource {
    private final Supplier<JdbcConnectionPool> pools;
    private final AtomicReference<JdbcConnectionPool> current;

    ReopeningDataSource(JdbcConnectionPool first, Supplier<JdbcConnectionPool> pools) {
        this.pools = pools;
        this.current = new AtomicReference<>(first);
    }

    /** Closes every idle connection of the old pool (so H2 lets the closed database go), then starts a new one. */
    void reopen() {
        current.get().dispose();
        current.set(pools.get());
    }

    void dispose() {
        current.get().dispose();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return current.get().getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return current.get().getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return current.get().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        current.get().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        current.get().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return current.get().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return current.get().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return current.get().isWrapperFor(type);
    }
}
