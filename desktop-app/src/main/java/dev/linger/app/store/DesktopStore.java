package dev.linger.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.linger.agent.home.LingerHome;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.store.SecretEnv;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * desktop.db: the app's windows, tabs, split trees, the sessions in its panes and its preferences.
 * SQLite in WAL mode with {@code secure_delete}; created owner-only before SQLite opens it (so
 * its -wal and -shm files get the same mode); checked at open, and moved aside — never emptied —
 * when damaged. Not thread-safe by itself: one writer thread (or the caller's lock) at a time.
 */
public final class DesktopStore implements AutoCloseable {
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Connection db;

    private DesktopStore(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** An opened store, and a message for the user when the old file had to be moved aside. */
    public record Opened(DesktopStore store, String note) {
    }

    /**
     * Opens (creating when absent) desktop.db. A damaged file, or one from a newer Linger, is
     * renamed to {@code desktop.db.corrupt-<time>} (or {@code .newer-<time>}) and a new one started;
     * the note says so.
     */
    public static Opened open(Path file) throws IOException, SQLException {
        LingerHome.makePrivateDir(file.toAbsolutePath().getParent());
        try {
            return new Opened(openChecked(file), null);
        } catch (SQLException e) {
            boolean newer = e instanceof Schema.NewerSchemaException;
            if (!newer && !(e instanceof DamagedException)) {
                throw e;
            }
            Path aside = moveAside(file, newer ? "newer" : "corrupt");
            String note = (newer ? "desktop.db was written by a newer version of Linger"
                    : "desktop.db was damaged (" + firstLine(e.getMessage()) + ")")
                    + "; it was moved aside to " + aside + " and Linger starts with a new one."
                    + " Your sessions are not affected: they keep running in the agent.";
            return new Opened(openChecked(file), note);
        }
    }

    private static DesktopStore openChecked(Path file) throws IOException, SQLException {
        LingerHome.createPrivateFile(file);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 2000");
                checkIntegrity(st);
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = NORMAL");
                st.execute("PRAGMA secure_delete = ON");
                st.execute("PRAGMA foreign_keys = ON");
            }
            Schema.migrate(c);
            for (String side : List.of("-wal", "-shm")) {
                LingerHome.makePrivateFile(file.resolveSibling(file.getFileName() + side));
            }
            return new DesktopStore(file, c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** SQLite's result codes for a file that is not a database, or a damaged one. */
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private static void checkIntegrity(Statement st) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xff;
            if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
                throw new DamagedException(e.getMessage());
            }
            throw e;
        }
        if (!(problems.size() == 1 && "ok".equalsIgnoreCase(problems.get(0)))) {
            throw new DamagedException("integrity check failed: " + String.join("; ", problems));
        }
    }

    /** The file is not a database, or SQLite's integrity check found damage. */
    static final class DamagedException extends SQLException {
        DamagedException(String message) {
            super(message);
        }
    }

    /**
     * A store that keeps nothing on disk, for when desktop.db cannot be opened at all (a read-only
     * or full disk): the app still works, it just will not remember its layout.
     */
    public static DesktopStore inMemory() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        Schema.migrate(c);
        return new DesktopStore(null, c);
    }

    private static Path moveAside(Path file, String why) throws IOException {
        String stamp = LocalDateTime.now().format(ASIDE);
        Path aside = file.resolveSibling(file.getFileName() + "." + why + "-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + "." + why + "-" + stamp + "-" + n);
        }
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        for (String side : List.of("-wal", "-shm")) {
            Path s = file.resolveSibling(file.getFileName() + side);
            if (Files.exists(s)) {
                Files.move(s, aside.resolveSibling(aside.getFileName() + side), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return aside;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    public Path file() {
        return file;
    }

    // ------------------------------------------------------------------ layout

    /**
     * Replaces the stored layout and the session records in one transaction. Sessions not in
     * {@code sessions} are deleted (secure_delete overwrites them); secret-looking environment
     * variables are never written.
     */
    public synchronized void saveLayout(DesktopLayout layout, Collection<SessionMeta> sessions) throws SQLException {
        inTransaction(() -> {
            try (Statement st = db.createStatement();
                 PreparedStatement win = db.prepareStatement("INSERT INTO windows (id, position, x, y, width, height, maximized, selected_tab)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement tab = db.prepareStatement("INSERT INTO tabs (id, window_id, position, title, focused_leaf) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement pane = db.prepareStatement("INSERT INTO panes (tab_id, path, orientation, ratio, session_id) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement ses = db.prepareStatement("INSERT INTO sessions (id, name, cwd, argv, env, last_activity) VALUES (?, ?, ?, ?, ?, ?)")) {
                st.execute("DELETE FROM panes");
                st.execute("DELETE FROM tabs");
                st.execute("DELETE FROM windows");
                st.execute("DELETE FROM sessions");
                int tabId = 0;
                for (int w = 0; w < layout.windows().size(); w++) {
                    WindowLayout wl = layout.windows().get(w);
                    Rectangle b = wl.bounds();
                    win.setInt(1, w + 1);
                    win.setInt(2, w);
                    setBounds(win, b);
                    win.setInt(7, wl.maximized() ? 1 : 0);
                    win.setInt(8, wl.selectedTab());
                    win.executeUpdate();
                    for (int t = 0; t < wl.tabs().size(); t++) {
                        TabLayout tl = wl.tabs().get(t);
                        tabId++;
                        tab.setInt(1, tabId);
                        tab.setInt(2, w + 1);
                        tab.setInt(3, t);
                        tab.setString(4, tl.title());
                        tab.setInt(5, tl.focusedLeaf());
                        tab.executeUpdate();
                        insertPanes(pane, tabId, "", tl.root());
                    }
                }
                for (SessionMeta m : sessions) {
                    ses.setString(1, m.id());
                    ses.setString(2, m.name() == null ? "" : m.name());
                    ses.setString(3, m.cwd());
                    ses.setString(4, json(m.argv()));
                    ses.setString(5, json(SecretEnv.storable(m.env())));
                    ses.setString(6, m.lastActivity() == null ? null : m.lastActivity().toString());
                    ses.executeUpdate();
                }
            }
        });
    }

    private interface Work {
        void run() throws SQLException;
    }

    /** Runs {@code work} as one transaction: all of it is written, or (on any failure) none. */
    private void inTransaction(Work work) throws SQLException {
        db.setAutoCommit(false);
        try {
            work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private static void setBounds(PreparedStatement win, Rectangle b) throws SQLException {
        if (b == null) {
            for (int i = 3; i <= 6; i++) {
                win.setNull(i, java.sql.Types.INTEGER);
            }
        } else {
            win.setInt(3, b.x);
            win.setInt(4, b.y);
            win.setInt(5, b.width);
            win.setInt(6, b.height);
        }
    }

    private static void insertPanes(PreparedStatement pane, int tabId, String path, PaneLayout node) throws SQLException {
        pane.setInt(1, tabId);
        pane.setString(2, path);
        if (node instanceof PaneLayout.Leaf leaf) {
            pane.setNull(3, java.sql.Types.VARCHAR);
            pane.setNull(4, java.sql.Types.REAL);
            pane.setString(5, leaf.sessionId());
            pane.executeUpdate();
            return;
        }
        PaneLayout.Split split = (PaneLayout.Split) node;
        pane.setString(3, split.horizontal() ? "h" : "v");
        pane.setDouble(4, split.ratio());
        pane.setNull(5, java.sql.Types.VARCHAR);
        pane.executeUpdate();
        insertPanes(pane, tabId, path + "0", split.first());
        insertPanes(pane, tabId, path + "1", split.second());
    }

    /** The stored windows, tabs and split trees; tabs whose tree is unreadable are skipped. */
    public synchronized DesktopLayout loadLayout() throws SQLException {
        Map<Integer, Map<String, Object[]>> panesByTab = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT tab_id, path, orientation, ratio, session_id FROM panes")) {
            while (rs.next()) {
                double ratio = rs.getDouble(4);
                Object[] row = {rs.getString(3), rs.wasNull() ? 0.5 : ratio, rs.getString(5)};
                panesByTab.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(rs.getString(2), row);
            }
        }
        Map<Integer, List<TabLayout>> tabsByWindow = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, window_id, title, focused_leaf FROM tabs ORDER BY window_id, position")) {
            while (rs.next()) {
                PaneLayout root = buildPane(panesByTab.getOrDefault(rs.getInt(1), Map.of()), "");
                if (root != null) {
                    tabsByWindow.computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
                            .add(new TabLayout(rs.getString(3), root, rs.getInt(4)));
                }
            }
        }
        List<WindowLayout> windows = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, x, y, width, height, maximized, selected_tab FROM windows ORDER BY position")) {
            while (rs.next()) {
                List<TabLayout> tabs = tabsByWindow.get(rs.getInt(1));
                if (tabs == null || tabs.isEmpty()) {
                    continue;
                }
                int x = rs.getInt(2);
                Rectangle bounds = rs.wasNull() ? null : new Rectangle(x, rs.getInt(3), rs.getInt(4), rs.getInt(5));
                windows.add(new WindowLayout(bounds, rs.getInt(6) != 0, rs.getInt(7), tabs));
            }
        }
        return new DesktopLayout(windows);
    }

    private static PaneLayout buildPane(Map<String, Object[]> rows, String path) {
        Object[] row = rows.get(path);
        if (row == null || path.length() > 64) {
            return null;
        }
        String orientation = (String) row[0];
        if (orientation == null) {
            String session = (String) row[2];
            return session == null ? null : new PaneLayout.Leaf(session);
        }
        PaneLayout a = buildPane(rows, path + "0");
        PaneLayout b = buildPane(rows, path + "1");
        if (a == null || b == null) {
            return a != null ? a : b;
        }
        return new PaneLayout.Split("h".equals(orientation), (Double) row[1], a, b);
    }

    /** The app's copy of every session in its panes, by id. */
    public synchronized Map<String, SessionMeta> loadSessions() throws SQLException {
        Map<String, SessionMeta> out = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name, cwd, argv, env, last_activity FROM sessions")) {
            while (rs.next()) {
                String last = rs.getString(6);
                out.put(rs.getString(1), new SessionMeta(rs.getString(1), rs.getString(2), rs.getString(3),
                        parse(rs.getString(4), STRING_LIST, List.of()), parse(rs.getString(5), STRING_MAP, Map.of()),
                        last == null ? null : parseInstant(last)));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ preferences

    public synchronized Map<String, String> loadPrefs() throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT key, value FROM prefs")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    public synchronized void savePrefs(Map<String, String> prefs) throws SQLException {
        inTransaction(() -> {
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO prefs (key, value) VALUES (?, ?)"
                    + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                for (Map.Entry<String, String> e : prefs.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.executeUpdate();
                }
            }
        });
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T parse(String text, TypeReference<T> type, T fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Json.MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            return fallback;
        }
    }

    private static Instant parseInstant(String s) {
        try {
            return Instant.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
