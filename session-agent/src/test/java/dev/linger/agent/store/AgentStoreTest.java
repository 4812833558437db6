package dev.linger.agent.store;

import dev.linger.agent.PosixModes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AgentStoreTest {
    @TempDir
    Path dir;

    static StoredSession session(String id, String text, Map<String, String> env) {
        return snapshot(id, env, "title", new byte[] {0}, text);
    }

    /** A running session's record with a snapshot: {@code scrollback} null for a screen-only save. */
    static StoredSession snapshot(String id, Map<String, String> env, String title, byte[] scrollback, String screenText) {
        byte[] screen = ("\u001bc" + screenText).getBytes(StandardCharsets.UTF_8);
        return new StoredSession(id, "name-" + id, List.of("/bin/sh"), "/tmp", env, 80, 24, Instant.now(), null,
                Instant.now(), "running", null, null, title, scrollback, screen, Instant.now());
    }

    @Test
    void savesAndLoadsASessionRecordWithItsSnapshot() throws Exception {
        Path file = dir.resolve("agent.db");
        try (AgentStore store = AgentStore.open(file)) {
            store.save(session("a1", "hello", Map.of("EDITOR", "vim")));
            store.save(session("a1", "hello again", Map.of("EDITOR", "vim")));
        }
        PosixModes.assertMode(file, "rw-------");
        StoredSession loaded = reloaded(file);
        assertThat(new String(loaded.screen, StandardCharsets.UTF_8)).endsWith("hello again");
        assertThat(loaded.env).containsEntry("EDITOR", "vim");
    }

    @Test
    void aRecordOnlySaveUpdatesTheRecordAndKeepsTheSnapshot() throws Exception {
        Path file = dir.resolve("agent.db");
        Instant attached = Instant.parse("2026-01-02T03:04:05Z");
        try (AgentStore store = AgentStore.open(file)) {
            store.save(session("r1", "the saved screen", Map.of()));
            store.save(new StoredSession("r1", "renamed", List.of("/bin/sh"), "/srv", Map.of(), 80, 24, Instant.now(), attached,
                    Instant.now(), "running", null, null, null, null, null, Instant.now()));
        }
        StoredSession loaded = reloaded(file);
        assertThat(loaded.name).isEqualTo("renamed");
        assertThat(loaded.lastAttached).isEqualTo(attached);
        assertThat(new String(loaded.screen, StandardCharsets.UTF_8)).endsWith("the saved screen");
        assertThat(loaded.title).isEqualTo("title");
    }

    @Test
    void aScreenOnlySaveReplacesTheScreenAndKeepsTheSavedScrollback() throws Exception {
        Path file = dir.resolve("agent.db");
        byte[] scrollback = {1, 5, 'h', 'e', 'l', 'l', 'o'};
        try (AgentStore store = AgentStore.open(file)) {
            assertThat(store.save(snapshot("p1", Map.of(), "old title", scrollback, "old screen"))).isTrue();
            assertThat(store.save(snapshot("p1", Map.of(), "new title", null, "new screen"))).isTrue();
        }
        StoredSession loaded = reloaded(file);
        assertThat(loaded.scrollback).isEqualTo(scrollback);
        assertThat(new String(loaded.screen, StandardCharsets.UTF_8)).endsWith("new screen");
        assertThat(loaded.title).isEqualTo("new title");
    }

    /** The one session the file holds, read by a store opened afresh, as the next agent would. */
    private static StoredSession reloaded(Path file) throws Exception {
        try (AgentStore store = AgentStore.open(file)) {
            List<StoredSession> all = store.loadAll();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    @Test
    void aScreenOnlySaveWithNoSavedSnapshotWritesNothingAndSaysSo() throws Exception {
        Path file = dir.resolve("agent.db");
        try (AgentStore store = AgentStore.open(file)) {
            assertThat(store.save(snapshot("q1", Map.of(), "t", null, "x"))).isFalse();
            assertThat(store.loadAll()).isEmpty();
        }
    }

    @Test
    void secretLookingVariablesAreNeverWritten() throws Exception {
        Path file = dir.resolve("agent.db");
        try (AgentStore store = AgentStore.open(file)) {
            store.save(session("s1", "x", Map.of("GITHUB_TOKEN", "tok-9f8e7d", "DB_PASSWORD", "pw-123456",
                    "AWS_SECRET_ACCESS_KEY", "aws-abcdef", "PASSWD", "passwd-xyz", "MY_AUTH", "auth-qqq", "COLOR", "blue-visible")));
        }
        String bytes = new String(readAll(file), StandardCharsets.ISO_8859_1);
        for (String secret : List.of("tok-9f8e7d", "pw-123456", "aws-abcdef", "passwd-xyz", "auth-qqq", "GITHUB_TOKEN", "DB_PASSWORD")) {
            assertThat(bytes).doesNotContain(secret);
        }
        assertThat(bytes).contains("blue-visible");
    }

    @Test
    void deletedSessionsTextIsGoneFromTheFileBytes() throws Exception {
        Path file = dir.resolve("agent.db");
        String marker = "zebra-" + System.nanoTime();
        try (AgentStore store = AgentStore.open(file)) {
            store.save(session("keep", "ordinary", Map.of()));
            store.save(session("gone", marker.repeat(50), Map.of()));
            store.delete("gone");
            assertThat(new String(readAll(file), StandardCharsets.ISO_8859_1)).doesNotContain(marker);
        }
        assertThat(new String(readAll(file), StandardCharsets.ISO_8859_1)).doesNotContain(marker).contains("ordinary");
    }

    @Test
    void corruptFileIsMovedAsideWithAReasonAndANewOneStarts() throws Exception {
        Path file = dir.resolve("agent.db");
        Files.write(file, "this is not a database at all, just text that someone wrote here".repeat(100)
                .getBytes(StandardCharsets.US_ASCII));
        try (AgentStore store = AgentStore.open(file)) {
            assertThat(store.openNote()).contains("corrupt").contains("moved aside");
            assertThat(store.loadAll()).isEmpty();
            store.save(session("n1", "fresh", Map.of()));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("agent.db.corrupt-"));
        }
    }

    @Test
    void versionOneFileIsMigratedKeepingItsSessions() throws Exception {
        Path file = dir.resolve("agent.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            Schema.run(st, Schema.V1);
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO sessions VALUES ('old1', 'legacy', '[\"/bin/bash\"]', '/tmp', '{}', 100, 30, "
                    + "'2026-01-01T00:00:00Z', NULL, 'running', NULL)");
            st.execute("INSERT INTO snapshots VALUES ('old1', x'00', x'1b63', 't', '/tmp', '2026-01-01T00:00:00Z')");
        }
        try (AgentStore store = AgentStore.open(file)) {
            List<StoredSession> all = store.loadAll();
            assertThat(all).hasSize(1);
            StoredSession s = all.get(0);
            assertThat(s.name).isEqualTo("legacy");
            assertThat(s.columns).isEqualTo(100);
            assertThat(s.foreground).isNull();
            assertThat(s.lastActivity).isEqualTo(s.created);
            store.putSetting(StoreSettings.TTL_DAYS, "3");
            assertThat(store.setting(StoreSettings.TTL_DAYS)).contains("3");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(Schema.version(c)).isEqualTo(Schema.CURRENT);
        }
    }

    @Test
    void settingsAreCheckedWithAMessageThatSaysWhatIsAllowed() {
        assertThat(StoreSettings.validate(StoreSettings.PERSIST_SCROLLBACK, "OFF")).isEqualTo("off");
        assertThat(StoreSettings.validate(StoreSettings.PERSIST_SCROLLBACK, "500")).isEqualTo("500");
        assertThat(StoreSettings.scrollbackLines("500")).isEqualTo(500);
        assertThat(StoreSettings.scrollbackLines("off")).isZero();
        assertThat(StoreSettings.validate(StoreSettings.SCROLLBACK, " 0500 ")).isEqualTo("500");
        assertThat(StoreSettings.validate(StoreSettings.SCROLLBACK, "0")).isEqualTo("0");
        assertThat(StoreSettings.scrollback(null)).isEqualTo(StoreSettings.DEFAULT_SCROLLBACK);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoreSettings.validate(StoreSettings.SCROLLBACK, "-1"))
                .hasMessage("scrollback takes a whole number of lines from 0 to 1000000, not '-1'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoreSettings.validate(StoreSettings.SCROLLBACK, "1000001"))
                .hasMessageContaining("not '1000001'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoreSettings.validate(StoreSettings.TTL_DAYS, "0"))
                .hasMessageContaining("at least 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoreSettings.validate("colour", "red"))
                .hasMessageContaining("unknown setting 'colour'");
    }

    private byte[] readAll(Path file) throws Exception {
        byte[] main = Files.readAllBytes(file);
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        byte[] w = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        byte[] all = new byte[main.length + w.length];
        System.arraycopy(main, 0, all, 0, main.length);
        System.arraycopy(w, 0, all, main.length, w.length);
        return all;
    }
}
