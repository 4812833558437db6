package dev.linger.app.window;

import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.agent.AgentConnection;
import dev.linger.app.agent.AgentSessionConnector;
import dev.linger.app.prefs.Preferences;
import dev.linger.app.store.SessionMeta;
import dev.linger.view.TerminalPanel;
import dev.linger.view.TerminalView;

import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One split pane: a terminal on one agent session, with room above it for a banner (the shell
 * exited, the agent died, the session could not be attached). It knows its session's id, name,
 * directory and command, the window title its program set, and whether it rang or printed while
 * out of sight. It reaches its agent only through the connection it was opened on (its host's),
 * and the app only through its {@link PaneContext}.
 */
public final class Pane extends JPanel {
    public enum State { PENDING, LIVE, EXITED, LOST, FAILED }

    private static final Pattern DEFAULT_NAME = Pattern.compile("\\d+");

    private final PaneContext context;
    private final AgentConnection connection;
    private final PaneView view;
    private final TerminalPanel terminal;
    private final JPanel banners = new JPanel(new BorderLayout());
    private PaneHost host;
    private AgentSessionConnector connector;
    private String sessionId;
    private String name = "";
    private String cwd;
    private List<String> argv = List.of();
    private Map<String, String> env = Map.of();
    private String title = "";
    private State state = State.PENDING;
    private Integer exitCode;
    private boolean activity;
    private boolean bell;
    private Banner banner;
    private final AgentConnection.Listener agentState = new AgentConnection.Listener() {
        @Override
        public void agentLost() {
        }

        @Override
        public void agentBack() {
            if (banner instanceof AgentDeathBanner b && state == State.LOST) {
                b.setAgentBack(true);
            }
        }
    };

    /**
     * A pane for {@code meta}'s session on {@code connection}'s agent, or (meta null) one waiting
     * for a new session there.
     */
    public Pane(PaneContext context, AgentConnection connection, SessionMeta meta) {
        super(new BorderLayout());
        this.context = context;
        this.connection = connection;
        Preferences prefs = context.prefs();
        // No history until the agent says how much its sessions keep: the attach tells it first.
        view = new PaneView(0);
        applyFont(prefs);
        view.setApplicationKeys(context.keys()::matches);
        terminal = new TerminalPanel(view);
        add(banners, BorderLayout.NORTH);
        add(terminal, BorderLayout.CENTER);
        setName("pane");
        if (meta != null) {
            sessionId = meta.id();
            name = meta.name() == null ? "" : meta.name();
            cwd = meta.cwd();
            argv = meta.argv();
            env = meta.env();
        }
        view.addPropertyChangeListener(TerminalView.TITLE_PROPERTY, e -> {
            title = e.getNewValue() == null ? "" : (String) e.getNewValue();
            changed();
        });
        view.addPropertyChangeListener(TerminalView.BELL_PROPERTY, e -> {
            if (!view.isShowing()) {
                bell = true;
                changed();
            }
        });
        view.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                if (host != null) {
                    host.paneFocused(Pane.this);
                }
            }
        });
        view.onFirstText(context::firstTextPainted);
        connection.addListener(agentState);
        updateName();
    }

    public void applyFont(Preferences prefs) {
        if (!prefs.fontFamily().isEmpty()) {
            view.setFontFamily(prefs.fontFamily());
        }
        view.setFontSize(prefs.fontSize() > 0 ? prefs.fontSize() : view.defaultFontSize());
    }

    void setHost(PaneHost host) {
        this.host = host;
    }

    /** The connection to the agent of this pane's host: its session lives there. */
    public AgentConnection connection() {
        return connection;
    }

    public TerminalView view() {
        return view;
    }

    public TerminalPanel terminalPanel() {
        return terminal;
    }

    public String sessionId() {
        return sessionId;
    }

    public String sessionName() {
        return name;
    }

    public String cwd() {
        return cwd;
    }

    public State state() {
        return state;
    }

    public Integer exitCode() {
        return exitCode;
    }

    public boolean hasActivity() {
        return activity;
    }

    public boolean hasBell() {
        return bell;
    }

    public void clearMarks() {
        if (activity || bell) {
            activity = false;
            bell = false;
            changed();
        }
    }

    /**
     * What the pane's tab shows: a name the user gave; else the program's title; else, as a shell
     * that sets no title would in other terminals, the directory ("~", "src") with the default number.
     */
    public String label() {
        String base = name.isEmpty() ? "shell" : name;
        if (!DEFAULT_NAME.matcher(base).matches()) {
            return base;
        }
        if (!title.isBlank()) {
            return title;
        }
        return cwd == null ? base : base + ": " + shortDirectory(cwd);
    }

    static String shortDirectory(String dir) {
        String home = System.getProperty("user.home");
        if (dir.equals(home)) {
            return "~";
        }
        java.nio.file.Path last = java.nio.file.Paths.get(dir).getFileName();
        return last == null ? dir : last.toString();
    }

    public String title() {
        return title;
    }

    /** The app's copy of the session, for desktop.db. */
    public SessionMeta meta() {
        return sessionId == null ? null : new SessionMeta(sessionId, name, cwd, argv, env, Instant.now());
    }

    /** Updates what the agent says of the session now (directory, name). */
    public void update(SessionInfo info) {
        if (!info.id().equals(sessionId)) {
            return;
        }
        boolean moved = info.cwd() != null && !info.cwd().equals(cwd);
        boolean renamed = !info.name().equals(name);
        cwd = info.cwd() != null ? info.cwd() : cwd;
        name = info.name();
        if (!info.argv().isEmpty()) {
            argv = info.argv();
        }
        if (renamed) {
            updateName();
        }
        if (renamed || moved) {
            // The tab's label shows the directory of an unnamed shell, and desktop.db keeps both.
            changed();
            context.layoutChanged();
        }
    }

    /** Gives a waiting pane its new session and attaches. */
    public void bind(SessionInfo info, Map<String, String> extraEnv) {
        sessionId = info.id();
        env = extraEnv == null ? Map.of() : extraEnv;
        update(info);
        connect();
        context.layoutChanged();
    }

    /** Attaches the view to the session, at the size it is laid out at now. */
    public void connect() {
        if (sessionId == null || connector != null) {
            return;
        }
        view.fitGridToSize();
        connector = new AgentSessionConnector(connection, sessionId, view, new Events());
        view.connect(connector);
    }

    /** Shows another session here (resurrected, recreated, restarted): the view takes its snapshot. */
    public void rebind(SessionInfo info) {
        sessionId = info.id();
        exitCode = null;
        state = State.PENDING;
        clearBanner();
        update(info);
        updateName();
        if (connector == null) {
            connect();
        } else {
            view.fitGridToSize();
            connector.resize(view.columns(), view.rows());
            connector.reattach(sessionId);
        }
        changed();
        context.layoutChanged();
    }

    /** Detaches (the session keeps running) and lets go of the view. */
    public void dispose() {
        connection.removeListener(agentState);
        view.close();
    }

    public void showFailure(String message) {
        state = State.FAILED;
        showBanner(new FailureBanner(message, () -> action(PaneHost.PaneAction.NEW_SHELL),
                () -> action(PaneHost.PaneAction.CLOSE)));
        changed();
    }

    /** Marks the agent-death banner busy while a resurrection runs. */
    public void setBusy(String text) {
        if (banner instanceof AgentDeathBanner b) {
            b.setBusy(text);
        }
    }

    void setFocusedLook(boolean focused, boolean several) {
        Color accent = UIManager.getColor("Component.focusColor");
        if (accent == null) {
            accent = new Color(0x3d, 0x8b, 0xd9);
        }
        Color bg = UIManager.getColor("Panel.background");
        setBorder(several ? BorderFactory.createMatteBorder(2, 2, 2, 2, focused ? accent : bg) : null);
    }

    /** Gives the terminal the keyboard focus, asking for its window's focus too when it lacks it. */
    public void focusTerminal() {
        java.awt.Window w = javax.swing.SwingUtilities.getWindowAncestor(this);
        if (w != null && !w.isFocused()) {
            view.requestFocus();
        } else {
            view.requestFocusInWindow();
        }
    }

    private void action(PaneHost.PaneAction a) {
        if (host != null) {
            host.paneAction(this, a);
        }
    }

    private void showBanner(Banner b) {
        clearBanner();
        banner = b;
        banners.add(b, BorderLayout.CENTER);
        banners.revalidate();
        banners.repaint();
    }

    private void clearBanner() {
        if (banner != null) {
            banners.remove(banner);
            banner = null;
            banners.revalidate();
            banners.repaint();
        }
    }

    /** The banner shown now, if any (tests read it). */
    public Component banner() {
        return banner;
    }

    private void updateName() {
        terminal.setName("terminalPanel:" + (name.isEmpty() ? "?" : name));
        setName("pane:" + (name.isEmpty() ? "?" : name));
    }

    private void changed() {
        if (host != null) {
            host.paneChanged(this);
        }
    }

    /** The connector's events, on the event thread. */
    private final class Events implements AgentSessionConnector.Events {
        @Override
        public void attached(SessionInfo info) {
            if (state == State.PENDING || state == State.FAILED) {
                state = info.exited() ? State.EXITED : State.LIVE;
            }
            if (state == State.EXITED) {
                exitCode = info.exitCode();
                showExited();
            }
            update(info);
            changed();
        }

        @Override
        public void attachFailed(String message) {
            if (!connection.isConnected()) {
                lost();
                return;
            }
            showFailure("Cannot show session " + (name.isEmpty() ? sessionId : name) + ": " + message);
        }

        @Override
        public void snapshotApplied() {
            context.snapshotApplied(Pane.this);
        }

        @Override
        public void activity() {
            if (!view.isShowing() && !activity) {
                activity = true;
                changed();
            }
        }

        @Override
        public void exited(Integer code) {
            state = State.EXITED;
            exitCode = code;
            showExited();
            changed();
        }

        @Override
        public void renamed(String newName) {
            name = newName;
            updateName();
            changed();
            context.layoutChanged();
        }

        @Override
        public void killed() {
            if (host != null) {
                host.paneKilled(Pane.this);
            }
        }

        @Override
        public void lost() {
            if (state == State.LOST) {
                return;
            }
            state = State.LOST;
            AgentDeathBanner b = new AgentDeathBanner(() -> action(PaneHost.PaneAction.RESURRECT),
                    () -> action(PaneHost.PaneAction.NEW_SHELL));
            b.setAgentBack(connection.isConnected());
            showBanner(b);
            changed();
        }
    }

    private void showExited() {
        showBanner(new ExitedBanner(exitCode, () -> action(PaneHost.PaneAction.RESTART),
                () -> action(PaneHost.PaneAction.CLOSE)));
    }
}
