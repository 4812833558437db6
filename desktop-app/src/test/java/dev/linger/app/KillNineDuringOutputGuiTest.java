package dev.linger.app;

import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.store.DesktopLayout;
import dev.linger.app.store.DesktopStore;
import dev.linger.app.store.PaneLayout;
import dev.linger.app.store.SessionMeta;
import dev.linger.app.store.TabLayout;
import dev.linger.app.store.WindowLayout;
import dev.linger.app.window.Pane;
import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.linger.app.AppHarness.edt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * `kill -9` of the app (a real app process) while its panes receive output and it rewrites
 * desktop.db (every title change is a layout write): desktop.db is intact, and the relaunched app
 * restores the layout with every screen the agent's.
 */
class KillNineDuringOutputGuiTest extends AppGuiTest {
    @Test
    void killedAppLosesNothing() throws Exception {
        // A default (numbered) name: the tab shows the program's title, so each title change is a write.
        SessionInfo a = h.createSession(null, h.dir);
        SessionInfo b = h.createSession("quiet", h.dir);
        DesktopLayout layout = new DesktopLayout(List.of(new WindowLayout(new Rectangle(20, 20, 1000, 640), false, 0,
                List.of(new TabLayout("noisy", new PaneLayout.Split(false, 0.6, new PaneLayout.Leaf(a.id()),
                        new PaneLayout.Leaf(b.id())), 0)))));
        List<String> bash = List.of("/bin/bash", "--noprofile", "--norc");
        try (DesktopStore store = DesktopStore.open(h.home.desktopDb()).store()) {
            store.saveLayout(layout, List.of(new SessionMeta(a.id(), a.name(), h.dir.toString(), bash, Map.of(), Instant.now()),
                    new SessionMeta(b.id(), "quiet", h.dir.toString(), bash, Map.of(), Instant.now())));
            store.savePrefs(Map.of("restore", "always"));
        }

        Process app = startAppProcess();
        try {
            // Output with a title change per line: the app rewrites desktop.db as it goes. It runs
            // until the test says stop (a file), so it is still running whatever the machine's speed.
            h.type(a.id(), "i=0; while [ ! -e stop ] && [ $i -lt 1000000 ]; do i=$((i+1)); "
                    + "printf '\\033]0;step %d\\007line %d\\n' $i $i; done; echo loop-done\r");
            // Killed once the app has written a title from the output to desktop.db, while the output runs on.
            h.waitFor(() -> storedTitle().startsWith("step "), () -> "a title written by the app; desktop.db has " + storedTitle());
            assertThat(String.join("\n", h.capture(a.id()))).doesNotContain("loop-done");
            app.destroyForcibly();
            assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(app.exitValue()).isEqualTo(137);
        } finally {
            app.destroyForcibly();
        }
        h.waitFor(() -> {
            try {
                SessionInfo s = h.session(a.id());
                return s.running() && s.clients() == 0;
            } catch (Exception e) {
                return false;
            }
        }, "the shells to run on without the app");
        Files.createFile(h.dir.resolve("stop"));

        // desktop.db is whole and holds the layout, written while the output ran.
        DesktopStore.Opened opened = DesktopStore.open(h.home.desktopDb());
        try (DesktopStore store = opened.store()) {
            assertThat(opened.note()).isNull();
            DesktopLayout stored = store.loadLayout();
            assertThat(stored.sessionIds()).containsExactly(a.id(), b.id());
            assertThat(stored.windows().get(0).tabs().get(0).title()).matches("step \\d+");
        }
        List<Path> aside;
        try (var files = Files.list(h.dir)) {
            aside = files.filter(p -> p.getFileName().toString().contains(".corrupt-")).toList();
        }
        assertThat(aside).isEmpty();

        LingerApp again = h.awaitStarted(h.launch());
        DesktopLayout restored = edt(again::currentLayout);
        assertThat(restored.sessionIds()).containsExactly(a.id(), b.id());
        PaneLayout.Split split = (PaneLayout.Split) restored.windows().get(0).tabs().get(0).root();
        assertThat(split.horizontal()).isFalse();
        assertThat(split.ratio()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.02));
        Pane noisy = AppHarness.pane(again, a.name());
        h.awaitText(noisy, "loop-done");
        for (Pane p : AppHarness.panes(again)) {
            h.awaitScreenMatchesAgent(p);
        }
        assertThat(noisy.view().engine().scrollback().size()).isGreaterThan(1000);
        h.quit(again);
    }

    /** The first tab's label as desktop.db has it now (read beside the running app, as any reader of the file could). */
    private String storedTitle() {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + h.home.desktopDb());
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT title FROM tabs ORDER BY window_id, position LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (java.sql.SQLException e) {
            return "";
        }
    }

    /** The real app in its own JVM on this home, printing its startup milestones; returns once all panes are restored. */
    private Process startAppProcess() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LingerApp.class.getName());
        pb.environment().put("LINGER_HOME", h.dir.toString());
        pb.environment().put("LINGER_TRACE", "startup");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        CountDownLatch restored = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("linger-trace all-restored")) {
                        restored.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // the process is gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        if (!restored.await(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the app process did not restore its panes");
        }
        return p;
    }
}
