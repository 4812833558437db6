package dev.linger.app.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * desktop.db's tables, by version ({@code PRAGMA user_version}). Each migration takes the file from
 * one version to the next inside one transaction; a file from a newer Linger is not touched.
 */
public final class Schema {
    /** The version this build writes. */
    public static final int VERSION = 1;

    private static final List<List<String>> MIGRATIONS = List.of(
            // 0 -> 1
            List.of(
                    "CREATE TABLE windows (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
                            + " x INTEGER, y INTEGER, width INTEGER, height INTEGER,"
                            + " maximized INTEGER NOT NULL DEFAULT 0, selected_tab INTEGER NOT NULL DEFAULT 0)",
                    "CREATE TABLE tabs (id INTEGER PRIMARY KEY,"
                            + " window_id INTEGER NOT NULL REFERENCES windows(id) ON DELETE CASCADE,"
                            + " position INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '',"
                            + " focused_leaf INTEGER NOT NULL DEFAULT 0)",
                    // A split tree, one row per node: the root's path is '', a node's children
                    // append '0' and '1'. Splits have an orientation ('h': side by side, 'v':
                    // stacked) and a ratio; leaves have a session.
                    "CREATE TABLE panes (tab_id INTEGER NOT NULL REFERENCES tabs(id) ON DELETE CASCADE,"
                            + " path TEXT NOT NULL, orientation TEXT, ratio REAL, session_id TEXT,"
                            + " PRIMARY KEY (tab_id, path))",
                    "CREATE TABLE sessions (id TEXT PRIMARY KEY, name TEXT NOT NULL, cwd TEXT,"
                            + " argv TEXT NOT NULL DEFAULT '[]', env TEXT NOT NULL DEFAULT '{}', last_activity TEXT)",
                    "CREATE TABLE prefs (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));

    private Schema() {
    }

    /** The file's version. */
    public static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the file to {@link #VERSION}; fails for a file written by a newer version. */
    public static void migrate(Connection c) throws SQLException {
        int version = version(c);
        if (version > VERSION) {
            throw new NewerSchemaException(version);
        }
        boolean auto = c.getAutoCommit();
        for (int v = version; v < VERSION; v++) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : MIGRATIONS.get(v)) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /** desktop.db was written by a newer Linger: its layout cannot be read by this one. */
    public static final class NewerSchemaException extends SQLException {
        NewerSchemaException(int version) {
            super("desktop.db has schema version " + version + ", newer than this Linger's " + VERSION);
        }
    }
}
