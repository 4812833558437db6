package dev.linger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.AgentLauncher;
import dev.linger.agent.home.LingerHome;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.store.DesktopStore;
import dev.linger.app.window.AppWindow;
import dev.linger.app.window.Pane;
import dev.linger.view.ButtonPresser;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;

import javax.swing.JDialog;
import java.awt.Point;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A real agent in a private temporary LINGER_HOME, the real app launched in this JVM (or as a
 * process) on that home, and AssertJ Swing's robot to drive it under Xvfb. Shells are plain bash
 * (no rc files, no history file) so screens are predictable. Waits are for conditions.
 */
final class AppHarness implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** What new tabs run in tests: bash without rc files, nothing written to the user's history. */
    static final String TEST_SHELL = "env HISTFILE=/dev/null PS1='$ ' /bin/bash --noprofile --norc";

    final Path dir;
    final LingerHome home;
    private AgentClient client;
    private Robot robot;
    /** The look and feel before the app set its own: other tests in this JVM expect theirs back. */
    private final javax.swing.LookAndFeel lafBefore = javax.swing.UIManager.getLookAndFeel();

    private AppHarness(Path dir) {
        this.dir = dir;
        this.home = new LingerHome(dir);
    }

    /** A new home with its agent running and the test shell as the default shell. */
    static AppHarness start() throws Exception {
        AppHarness h = new AppHarness(Files.createTempDirectory(Paths.get("/tmp"), "lgapp"));
        h.client = new AgentLauncher(h.home).connectOrStart();
        h.prefs(Map.of("shell", TEST_SHELL));
        return h;
    }

    AgentClient client() throws IOException, ProtocolException {
        if (client == null || !client.isOpen()) {
            client = new AgentLauncher(home).connectOrStart();
        }
        return client;
    }

    /** Writes preferences into desktop.db before a launch. */
    void prefs(Map<String, String> prefs) throws Exception {
        try (DesktopStore store = DesktopStore.open(home.desktopDb()).store()) {
            store.savePrefs(prefs);
        }
    }

    Robot robot() {
        if (robot == null) {
            robot = BasicRobot.robotWithCurrentAwtHierarchy();
            robot.settings().delayBetweenEvents(10);
            robot.settings().eventPostingDelay(30);
        }
        return robot;
    }

    private final List<LingerApp> launched = new ArrayList<>();

    LingerApp launch() {
        LingerApp app = LingerApp.launch(AppOptions.embedded(home));
        launched.add(app);
        return app;
    }

    FrameFixture window() {
        FrameFixture f = WindowFinder.findFrame("lingerWindow").withTimeout(TIMEOUT.toMillis()).using(robot());
        return f;
    }

    DialogFixture dialog(String name) {
        DialogFixture d = WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return name.equals(d.getName()) && d.isShowing();
            }
        }).withTimeout(TIMEOUT.toMillis()).using(robot());
        awaitFocused(d.target());
        return d;
    }

    /** The option pane (message, question, input) showing now, once the X server has it on screen. */
    org.assertj.swing.fixture.JOptionPaneFixture optionPane() {
        org.assertj.swing.fixture.JOptionPaneFixture f = org.assertj.swing.finder.JOptionPaneFinder.findOptionPane()
                .withTimeout(TIMEOUT.toMillis()).using(robot());
        awaitFocused(javax.swing.SwingUtilities.getWindowAncestor(f.target()));
        return f;
    }

    void awaitFocused(java.awt.Window w) {
        presser().awaitFocused(w);
    }

    /** Waits until the app's windows are open and every pane's session is attached. */
    LingerApp awaitStarted(LingerApp app) throws Exception {
        try {
            app.started().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            StringBuilder dump = new StringBuilder("the app did not start; threads:\n");
            Thread.getAllStackTraces().forEach((t, stack) -> {
                dump.append(t.getName()).append(" ").append(t.getState()).append('\n');
                for (StackTraceElement el : stack) {
                    dump.append("    at ").append(el).append('\n');
                }
            });
            throw new AssertionError(dump + "\n(showing windows: " + showingWindows() + ")", e);
        }
        waitFor(() -> edt(() -> !app.windows().isEmpty() && app.windows().stream()
                .allMatch(w -> w.isShowing() && w.panes().stream().allMatch(p -> p.sessionId() != null
                        && p.state() != Pane.State.PENDING))), "the app's panes to attach");
        return app;
    }

    void quit(LingerApp app) throws Exception {
        GuiActionRunner.execute(app::quit);
        app.finished().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    static <T> T edt(Supplier<T> s) {
        return GuiActionRunner.execute(s::get);
    }

    static List<Pane> panes(LingerApp app) {
        return edt(() -> {
            List<Pane> out = new ArrayList<>();
            for (AppWindow w : app.windows()) {
                out.addAll(w.panes());
            }
            return out;
        });
    }

    static Pane pane(LingerApp app, String sessionName) {
        return panes(app).stream().filter(p -> sessionName.equals(edt(p::sessionName))).findFirst()
                .orElseThrow(() -> new AssertionError("no pane shows session " + sessionName));
    }

    static String showingWindows() {
        return edt(() -> {
            List<String> out = new ArrayList<>();
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w.isShowing()) {
                    String title = w instanceof java.awt.Frame f ? f.getTitle() : w instanceof java.awt.Dialog d ? d.getTitle() : "";
                    out.add(w.getName() + " \"" + title + "\"" + (w.isFocused() ? " (focused)" : ""));
                }
            }
            return String.join(", ", out);
        });
    }

    /** State and banner text of a pane, for failure messages. */
    static String describe(Pane p) {
        return edt(() -> p.state() + " " + (p.banner() == null ? "(no banner)" : bannerText(p.banner())));
    }

    private static String bannerText(java.awt.Component c) {
        StringBuilder sb = new StringBuilder();
        if (c instanceof javax.swing.JLabel l) {
            sb.append(l.getText()).append(' ');
        }
        if (c instanceof java.awt.Container ct) {
            for (java.awt.Component k : ct.getComponents()) {
                sb.append(bannerText(k));
            }
        }
        return sb.toString();
    }

    static String screen(Pane p) {
        return String.join("\n", p.view().screenText());
    }

    /** Screen lines with trailing blank lines dropped: what `session.capture` returns. */
    static List<String> trimmed(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        List<String> out = new ArrayList<>();
        for (String l : lines.subList(0, end)) {
            out.add(l.stripTrailing());
        }
        return out;
    }

    List<String> capture(String session) throws IOException, ProtocolException {
        JsonNode r = client().call(Methods.SESSION_CAPTURE, Json.object().put("session", session));
        List<String> lines = new ArrayList<>();
        r.path("lines").forEach(l -> lines.add(l.asText().stripTrailing()));
        return trimmed(lines);
    }

    List<SessionInfo> sessions() throws IOException, ProtocolException {
        List<SessionInfo> out = new ArrayList<>();
        for (JsonNode n : client().call(Methods.SESSION_LIST, null)) {
            out.add(SessionInfo.of(n));
        }
        return out;
    }

    SessionInfo session(String nameOrId) throws IOException, ProtocolException {
        return sessions().stream().filter(s -> s.id().equals(nameOrId) || s.name().equals(nameOrId)).findFirst().orElse(null);
    }

    /** A test shell made directly in the agent (as the CLI or another client would). */
    SessionInfo createSession(String name, Path cwd) throws IOException, ProtocolException {
        ObjectNode p = Json.object().put("cwd", cwd.toString());
        if (name != null) {
            p.put("name", name);
        }
        p.putArray("argv").add("/bin/bash").add("--noprofile").add("--norc");
        p.putObject("env").put("PS1", "$ ").put("HISTFILE", "/dev/null");
        return SessionInfo.of(client().call(Methods.SESSION_CREATE, p));
    }

    void type(String session, String text) throws IOException, ProtocolException {
        client().call(Methods.SESSION_INPUT, Json.object().put("session", session).put("data", text));
    }

    /** Waits until the pane's screen is exactly the agent's capture of its session. */
    void awaitScreenMatchesAgent(Pane p) {
        String id = edt(p::sessionId);
        List<String>[] last = new List[2];
        waitFor(() -> {
            try {
                last[0] = trimmed(p.view().screenText());
                last[1] = capture(id);
                return last[0].equals(last[1]);
            } catch (IOException | ProtocolException e) {
                return false;
            }
        }, () -> "the pane of " + id + " to show the agent's screen; pane:\n" + String.join("\n", last[0])
                + "\nagent:\n" + String.join("\n", last[1]));
    }

    void awaitText(Pane p, String text) {
        waitFor(() -> screen(p).contains(text), () -> "\"" + text + "\" in the pane; screen:\n" + screen(p));
    }

    void waitFor(BooleanSupplier condition, String what) {
        waitFor(condition, () -> what);
    }

    void waitFor(BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what.get() + "\n(showing windows: " + showingWindows()
                        + "; focus owner: " + java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() + ")");
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Presses buttons until their action has happened, whatever clicks X loses (see {@link ButtonPresser}). */
    ButtonPresser presser() {
        return new ButtonPresser(robot(), this::waitFor);
    }

    void clickUntil(org.assertj.swing.fixture.JButtonFixture b, BooleanSupplier done, String what) {
        presser().clickUntil(b, done, what);
    }

    void tick(org.assertj.swing.fixture.JCheckBoxFixture box) {
        presser().tick(box);
    }

    void clickToClose(org.assertj.swing.fixture.JButtonFixture b) {
        presser().clickToClose(b);
    }

    static boolean optionPaneShowing() {
        return edt(() -> java.util.Arrays.stream(java.awt.Window.getWindows()).anyMatch(w -> w.isShowing()
                && w instanceof JDialog d && d.getContentPane().getComponentCount() > 0
                && d.getContentPane().getComponent(0) instanceof javax.swing.JOptionPane));
    }

    /** Splits the focused pane (Ctrl+Shift+E) and waits for the new one, the {@code expected}th, to show its prompt. */
    Pane split(LingerApp app, int expected) {
        chord(java.awt.event.KeyEvent.VK_E, java.awt.event.KeyEvent.VK_CONTROL, java.awt.event.KeyEvent.VK_SHIFT);
        waitFor(() -> panes(app).size() == expected && edt(() -> panes(app).get(expected - 1).state() == Pane.State.LIVE),
                "a new pane");
        Pane p = panes(app).get(expected - 1);
        awaitText(p, "$");
        return p;
    }

    /** Clicks into a pane's terminal and waits for it to have the keyboard focus. */
    void focus(Pane p) {
        robot().click(p.view(), new Point(p.view().getWidth() / 2, p.view().getHeight() / 2));
        waitFor(() -> edt(() -> p.view().isFocusOwner()), "the pane to have the focus");
    }

    void typeKeys(String text) {
        robot().enterText(text);
    }

    void enter() {
        robot().pressAndReleaseKey(java.awt.event.KeyEvent.VK_ENTER);
    }

    /** Presses {@code key} with the modifier keys held (VK_CONTROL, VK_SHIFT, ...). */
    void chord(int key, int... modifiers) {
        for (int m : modifiers) {
            robot().pressKey(m);
        }
        robot().pressAndReleaseKey(key);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            robot().releaseKey(modifiers[i]);
        }
        robot().waitForIdle();
    }

    /** Runs the real CLI in a new JVM on this home. */
    String cli(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(AgentLauncher.MAIN_CLASS);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put(LingerHome.ENV, dir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("linger " + String.join(" ", args) + " failed: " + out);
        }
        return out.strip();
    }

    /**
     * Waits until agent.db holds everything the agent had before now ({@code store.savedAsOf} in
     * agent.status is from when its last finished write began).
     */
    void awaitSaved() throws IOException, ProtocolException {
        java.time.Instant now = java.time.Instant.now();
        waitFor(() -> {
            try {
                String asOf = client().call(Methods.AGENT_STATUS, null).path("store").path("savedAsOf").asText("");
                return !asOf.isEmpty() && java.time.Instant.parse(asOf).isAfter(now);
            } catch (IOException | ProtocolException e) {
                throw new AssertionError(e);
            }
        }, "agent.db to be saved past " + now);
    }

    long agentPid() throws IOException, ProtocolException {
        return client().call(Methods.AGENT_STATUS, null).path("pid").asLong();
    }

    @Override
    public void close() throws Exception {
        try {
            // A test that failed half-way leaves its app open: it must not confuse the next test.
            for (LingerApp app : launched) {
                if (!app.finished().isDone()) {
                    GuiActionRunner.execute(() -> {
                        for (java.awt.Window w : java.awt.Window.getWindows()) {
                            if (w instanceof JDialog d && d.isShowing()) {
                                d.dispose();
                            }
                        }
                        app.quit();
                        return null;
                    });
                    try {
                        app.finished().get(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        // reported by the test itself
                    }
                }
            }
            for (Path log : List.of(home.agentLog(), home.appLog())) {
                if (Files.exists(log)) {
                    List<String> lines = Files.readAllLines(log);
                    System.out.println("---- " + log.getFileName() + " (last lines) ----");
                    lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.out::println);
                }
            }
            if (robot != null) {
                robot.cleanUp();
            }
            if (lafBefore != null) {
                GuiActionRunner.execute(() -> {
                    javax.swing.UIManager.setLookAndFeel(lafBefore);
                    return null;
                });
            }
        } finally {
            try {
                AgentClient c = client();
                long pid = c.call(Methods.AGENT_STATUS, null).path("pid").asLong();
                c.call(Methods.AGENT_STOP, null);
                ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(20, TimeUnit.SECONDS).join());
                c.close();
            } catch (Exception e) {
                // already gone
            }
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
