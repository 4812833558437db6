package dev.linger.agent.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * agent.db's tables, versioned with {@code PRAGMA user_version}. Each step migrates from the
 * version before it, so a file from any earlier release opens and is brought up to date.
 */
final class Schema {
    static final int CURRENT = 2;

    private Schema() {
    }

    /** Version 1: the first release's tables. Kept so migrations from it stay testable. */
    static final String[] V1 = {
        "CREATE TABLE sessions (id TEXT PRIMARY KEY, name TEXT NOT NULL, argv TEXT NOT NULL, cwd TEXT NOT NULL,"
            + " env TEXT NOT NULL, cols INTEGER NOT NULL, rows INTEGER NOT NULL, created TEXT NOT NULL,"
            + " last_attached TEXT, state TEXT NOT NULL, exit_code INTEGER)",
        "CREATE TABLE snapshots (session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,"
            + " scrollback BLOB NOT NULL, screen BLOB NOT NULL, title TEXT NOT NULL, cwd TEXT NOT NULL, taken TEXT NOT NULL)",
    };

    /** Version 2: what was running in the foreground, last activity (for pruning), settings. */
    static final String[] V1_TO_V2 = {
        "ALTER TABLE sessions ADD COLUMN foreground TEXT",
        "ALTER TABLE sessions ADD COLUMN last_activity TEXT",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    };

    static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the file to {@link #CURRENT}; returns the version it had. */
    static int migrate(Connection c) throws SQLException {
        int from = version(c);
        if (from > CURRENT) {
            throw new SQLException("agent.db has schema version " + from + ", newer than this agent understands ("
                    + CURRENT + "); use a newer Linger");
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            if (from < 1) {
                run(st, V1);
            }
            if (from < 2) {
                run(st, V1_TO_V2);
            }
            st.execute("PRAGMA user_version = " + CURRENT);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return from;
    }

    static void run(Statement st, String[] statements) throws SQLException {
        for (String sql : statements) {
            st.execute(sql);
        }
    }
}
