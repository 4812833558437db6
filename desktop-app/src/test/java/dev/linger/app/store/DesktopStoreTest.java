package dev.linger.app.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** desktop.db on a real SQLite file. */
class DesktopStoreTest {
    private Path dir;
    private Path file;

    @BeforeEach
    void dir() throws Exception {
        dir = Files.createTempDirectory("lgdb");
        file = dir.resolve("desktop.db");
    }

    @AfterEach
    void clean() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static DesktopLayout sample() {
        PaneLayout left = new PaneLayout.Split(false, 0.3, new PaneLayout.Leaf("aaa"), new PaneLayout.Leaf("bbb"));
        PaneLayout tree = new PaneLayout.Split(true, 0.62, left, new PaneLayout.Leaf("ccc"));
        return new DesktopLayout(List.of(
                new WindowLayout(new Rectangle(10, 20, 800, 600), false, 1,
                        List.of(new TabLayout("one", new PaneLayout.Leaf("ddd"), 0), new TabLayout("two", tree, 2))),
                new WindowLayout(new Rectangle(50, 60, 700, 500), true, 0, List.of(new TabLayout("x", new PaneLayout.Leaf("eee"), 0)))));
    }

    @Test
    void layoutAndSessionsRoundTrip() throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LANG", "C.UTF-8");
        SessionMeta meta = new SessionMeta("aaa", "build", "/srv/x", List.of("/bin/zsh", "-l"), env, Instant.parse("2026-01-02T03:04:05Z"));
        try (DesktopStore s = DesktopStore.open(file).store()) {
            s.saveLayout(sample(), List.of(meta));
        }
        try (DesktopStore s = DesktopStore.open(file).store()) {
            assertThat(s.loadLayout()).isEqualTo(sample());
            assertThat(s.loadSessions()).containsEntry("aaa", meta);
        }
    }

    @Test
    void eachSaveReplacesTheWholeLayout() throws Exception {
        try (DesktopStore s = DesktopStore.open(file).store()) {
            s.saveLayout(sample(), List.of());
            DesktopLayout smaller = new DesktopLayout(List.of(new WindowLayout(null, false, 0,
                    List.of(new TabLayout("only", new PaneLayout.Leaf("zzz"), 0)))));
            s.saveLayout(smaller, List.of());
            assertThat(s.loadLayout()).isEqualTo(smaller);
            s.saveLayout(DesktopLayout.EMPTY, List.of());
            assertThat(s.loadLayout().isEmpty()).isTrue();
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "checks POSIX file modes (0600/0700), which Windows files do not have")
    void fileIsOwnerOnlyInWalModeWithSecureDeleteAndVersioned() throws Exception {
        try (DesktopStore s = DesktopStore.open(file).store()) {
            s.saveLayout(sample(), List.of());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("desktop.db-wal")))).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).isEqualTo(Schema.VERSION);
            }
        }
    }

    @Test
    void secretLookingVariablesAreNeverWritten() throws Exception {
        Map<String, String> env = Map.of("GITHUB_TOKEN", "ghp_verysecretvalue", "AWS_SECRET_ACCESS_KEY", "abc123secret",
                "DB_PASSWORD", "hunter2-pass", "EDITOR", "vim");
        try (DesktopStore s = DesktopStore.open(file).store()) {
            s.saveLayout(sample(), List.of(new SessionMeta("aaa", "n", "/", List.of(), env, null)));
            assertThat(s.loadSessions().get("aaa").env()).containsOnlyKeys("EDITOR");
        }
        for (Path p : List.of(file, dir.resolve("desktop.db-wal"))) {
            if (Files.exists(p)) {
                String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                assertThat(bytes).doesNotContain("ghp_verysecretvalue").doesNotContain("hunter2-pass").doesNotContain("abc123secret");
            }
        }
    }

    @Test
    void removedSessionsAreOverwrittenOnDisk() throws Exception {
        String marker = "/home/someone/very-private-project-dir";
        try (DesktopStore s = DesktopStore.open(file).store()) {
            s.saveLayout(sample(), List.of(new SessionMeta("aaa", "n", marker, List.of(), Map.of(), null)));
            s.saveLayout(sample(), List.of());
        }
        // Checkpointed on close: neither the file nor what is left of the log holds the old row.
        for (Path p : List.of(file, dir.resolve("desktop.db-wal"))) {
            if (Files.exists(p)) {
                assertThat(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)).doesNotContain(marker);
            }
        }
    }

    @Test
    void damagedFileIsMovedAsideNotEmptied() throws Exception {
        byte[] junk = "not sqlite at all\n".repeat(500).getBytes(StandardCharsets.UTF_8);
        Files.write(file, junk);
        DesktopStore.Opened opened = DesktopStore.open(file);
        try (DesktopStore s = opened.store()) {
            assertThat(opened.note()).contains("damaged").contains("moved aside");
            assertThat(s.loadLayout().isEmpty()).isTrue();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("desktop.db.corrupt-")).toList();
            assertThat(aside).hasSize(1);
            assertThat(Files.readAllBytes(aside.get(0))).isEqualTo(junk);
        }
    }

    @Test
    void truncatedDatabaseIsCaughtByTheIntegrityCheck() throws Exception {
        try (DesktopStore s = DesktopStore.open(file).store()) {
            s.saveLayout(sample(), List.of());
        }
        byte[] whole = Files.readAllBytes(file);
        // Keep the header, damage the pages after it.
        for (int i = 100; i < whole.length; i += 7) {
            whole[i] = (byte) 0xA5;
        }
        Files.write(file, whole);
        DesktopStore.Opened opened = DesktopStore.open(file);
        opened.store().close();
        assertThat(opened.note()).contains("moved aside");
    }

    @Test
    void fileFromANewerLingerIsKeptAsideAndNotRewritten() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Schema.VERSION + 5));
        }
        DesktopStore.Opened opened = DesktopStore.open(file);
        opened.store().close();
        assertThat(opened.note()).contains("newer version");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.anyMatch(p -> p.getFileName().toString().startsWith("desktop.db.newer-"))).isTrue();
        }
    }

    @Test
    void preferencesRoundTrip() throws Exception {
        try (DesktopStore s = DesktopStore.open(file).store()) {
            s.savePrefs(Map.of("theme", "dark", "shell", "/bin/zsh"));
            s.savePrefs(Map.of("theme", "light"));
            assertThat(s.loadPrefs()).containsEntry("theme", "light").containsEntry("shell", "/bin/zsh");
        }
    }
}
