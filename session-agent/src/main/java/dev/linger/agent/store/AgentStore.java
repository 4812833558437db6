package dev.linger.agent.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.linger.agent.home.LingerHome;
import dev.linger.agent.protocol.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * agent.db: each session's record and last snapshot, so sessions can be resurrected after the
 * agent or the machine went down. WAL, secure_delete (a forgotten session's text is overwritten,
 * not just unlinked), an integrity check at open; a corrupt file is moved aside, never emptied.
 * Not thread-safe by itself: every method is synchronised on the store.
 */
public final class AgentStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AgentStore.class);
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private final Path file;
    private final Connection connection;
    private final String openNote;

    private AgentStore(Path file, Connection connection, String openNote) {
        this.file = file;
        this.connection = connection;
        this.openNote = openNote;
    }

    /**
     * Opens (creating or migrating) the agent's database. A file that fails its integrity check is
     * renamed aside with a timestamp, and a new one is made; {@link #openNote()} says so.
     */
    public static AgentStore open(Path file) throws SQLException, IOException {
        String note = null;
        if (Files.exists(file)) {
            Optional<String> problem = problemWith(file);
            if (problem.isPresent()) {
                Path aside = file.resolveSibling(file.getFileName() + ".corrupt-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now()));
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                for (String suffix : new String[] {"-wal", "-shm"}) {
                    Path side = file.resolveSibling(file.getFileName() + suffix);
                    if (Files.exists(side)) {
                        Files.move(side, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                note = file.getFileName() + " was corrupt (" + problem.get() + "); moved aside to " + aside
                        + " and started a new one";
                LOG.error(note);
            }
        }
        // Made private before SQLite opens it: its -wal and -shm files take the same mode.
        LingerHome.createPrivateFile(file);
        Connection c = connect(file);
        try {
            int from = Schema.migrate(c);
            if (from != 0 && from != Schema.CURRENT) {
                LOG.info("agent.db migrated from schema {} to {}", from, Schema.CURRENT);
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(side)) {
                LingerHome.makePrivateFile(side);
            }
        }
        return new AgentStore(file, c, note);
    }

    /** Why the file cannot be used as it is, if it cannot. */
    static Optional<String> problemWith(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            return "ok".equals(result) ? Optional.empty() : Optional.of("integrity check: " + result);
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Connection connect(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement st = c.createStatement()) {
            // Only the agent (one per home, by its lock) opens this file. Exclusive locking keeps
            // the WAL index in memory instead of a shared -shm mapping, which a full or frozen
            // disk could turn into a SIGBUS that takes the whole agent down.
            st.execute("PRAGMA locking_mode = EXCLUSIVE");
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA secure_delete = ON");
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("PRAGMA busy_timeout = 2000");
        }
        return c;
    }

    public Path file() {
        return file;
    }

    /** What happened at open worth telling the user (a corrupt file moved aside), or null. */
    public String openNote() {
        return openNote;
    }

    /**
     * Writes a session's record and, unless {@code s.screen} is null, its snapshot, in one
     * transaction. A snapshot without scrollback ({@code s.scrollback} null) replaces only the
     * screen, title and cwd of the saved one and keeps its scrollback; false, with nothing
     * written, if there is no saved snapshot to keep it from.
     */
    public synchronized boolean save(StoredSession s) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement up = connection.prepareStatement(
                "INSERT INTO sessions (id, name, argv, cwd, env, cols, rows, created, last_attached, state, exit_code,"
                        + " foreground, last_activity) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
                        + " ON CONFLICT(id) DO UPDATE SET name=excluded.name, argv=excluded.argv, cwd=excluded.cwd,"
                        + " env=excluded.env, cols=excluded.cols, rows=excluded.rows, last_attached=excluded.last_attached,"
                        + " state=excluded.state, exit_code=excluded.exit_code, foreground=excluded.foreground,"
                        + " last_activity=excluded.last_activity");
             PreparedStatement snap = connection.prepareStatement(
                     "INSERT INTO snapshots (session_id, scrollback, screen, title, cwd, taken) VALUES (?,?,?,?,?,?)"
                             + " ON CONFLICT(session_id) DO UPDATE SET scrollback=excluded.scrollback, screen=excluded.screen,"
                             + " title=excluded.title, cwd=excluded.cwd, taken=excluded.taken")) {
            up.setString(1, s.id);
            up.setString(2, s.name);
            up.setString(3, Json.MAPPER.writeValueAsString(s.argv));
            up.setString(4, s.cwd);
            up.setString(5, Json.MAPPER.writeValueAsString(SecretEnv.storable(s.env)));
            up.setInt(6, s.columns);
            up.setInt(7, s.rows);
            up.setString(8, s.created.toString());
            up.setString(9, s.lastAttached == null ? null : s.lastAttached.toString());
            up.setString(10, s.state);
            if (s.exitCode == null) {
                up.setNull(11, java.sql.Types.INTEGER);
            } else {
                up.setInt(11, s.exitCode);
            }
            up.setString(12, s.foreground);
            up.setString(13, s.lastActivity.toString());
            up.executeUpdate();
            if (s.screen == null) {
                connection.commit();
                return true;
            }
            if (s.scrollback == null) {
                if (updateScreen(s) == 0) {
                    connection.rollback();
                    return false;
                }
                connection.commit();
                return true;
            }
            snap.setString(1, s.id);
            snap.setBytes(2, s.scrollback);
            snap.setBytes(3, s.screen);
            snap.setString(4, s.title);
            snap.setString(5, s.cwd);
            snap.setString(6, s.taken.toString());
            snap.executeUpdate();
            connection.commit();
            return true;
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            connection.rollback();
            throw e instanceof SQLException ? (SQLException) e : new SQLException(e);
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    private int updateScreen(StoredSession s) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE snapshots SET screen = ?, title = ?, cwd = ?, taken = ? WHERE session_id = ?")) {
            st.setBytes(1, s.screen);
            st.setString(2, s.title);
            st.setString(3, s.cwd);
            st.setString(4, s.taken.toString());
            st.setString(5, s.id);
            return st.executeUpdate();
        }
    }

    public synchronized List<StoredSession> loadAll() throws SQLException {
        List<StoredSession> out = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT s.id, s.name, s.argv, s.cwd, s.env, s.cols, s.rows, s.created,"
                     + " s.last_attached, s.last_activity, s.state, s.exit_code, s.foreground, p.title, p.scrollback, p.screen,"
                     + " p.taken, p.cwd FROM sessions s LEFT JOIN snapshots p ON p.session_id = s.id ORDER BY s.created")) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    /** Removes a session and its snapshot; with secure_delete the text is overwritten on disk. */
    public synchronized void delete(String id) throws SQLException {
        try (PreparedStatement a = connection.prepareStatement("DELETE FROM snapshots WHERE session_id = ?");
             PreparedStatement b = connection.prepareStatement("DELETE FROM sessions WHERE id = ?")) {
            a.setString(1, id);
            a.executeUpdate();
            b.setString(1, id);
            b.executeUpdate();
        }
        // Fold the WAL back so the deleted pages in the main file are overwritten now, not later.
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    public synchronized Optional<String> setting(String key) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public synchronized void putSetting(String key, String value) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    @Override
    public synchronized void close() {
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing agent.db: {}", e.getMessage());
        }
    }

    private static StoredSession read(ResultSet rs) throws SQLException {
        try {
            List<String> argv = Json.MAPPER.readValue(rs.getString("argv"), STRING_LIST);
            Map<String, String> env = Json.MAPPER.readValue(rs.getString("env"), STRING_MAP);
            String lastAttached = rs.getString("last_attached");
            String lastActivity = rs.getString("last_activity");
            String taken = rs.getString("taken");
            Instant created = Instant.parse(rs.getString("created"));
            int exit = rs.getInt("exit_code");
            Integer exitCode = rs.wasNull() ? null : exit;
            byte[] scrollback = rs.getBytes("scrollback");
            byte[] screen = rs.getBytes("screen");
            String cwd = rs.getString(18) != null ? rs.getString(18) : rs.getString("cwd");
            return new StoredSession(rs.getString("id"), rs.getString("name"), argv, cwd, env, rs.getInt("cols"),
                    rs.getInt("rows"), created, lastAttached == null ? null : Instant.parse(lastAttached),
                    lastActivity == null ? created : Instant.parse(lastActivity), rs.getString("state"), exitCode,
                    rs.getString("foreground"), rs.getString("title") == null ? "" : rs.getString("title"),
                    scrollback == null ? new byte[0] : scrollback, screen == null ? new byte[0] : screen,
                    taken == null ? created : Instant.parse(taken));
        } catch (IOException e) {
            throw new SQLException("unreadable session record: " + e.getMessage(), e);
        }
    }
}
