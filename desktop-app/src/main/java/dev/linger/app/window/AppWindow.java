package dev.linger.app.window;

import dev.linger.app.agent.AgentConnection;
import dev.linger.app.store.TabLayout;
import dev.linger.app.store.WindowLayout;

import javax.swing.AbstractAction;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import java.awt.Component;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Linger window: tabs of split panes, the menus, and the keys that drive them. It knows the app
 * only as its {@link WindowHost}; each pane carries its own agent connection.
 */
public final class AppWindow extends JFrame {
    public static final String TITLE = "Linger";
    private static final int DEFAULT_WIDTH = 1000;
    private static final int DEFAULT_HEIGHT = 660;

    private final WindowHost host;
    private final TabStrip tabs;
    private Rectangle normalBounds;

    public AppWindow(WindowHost host, WindowLayout layout, int offset) {
        super(TITLE);
        this.host = host;
        setName("lingerWindow");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        setIconImages(host.icons());
        tabs = new TabStrip(tab -> PaneActions.closeTab(this, tab), this::rename, host::layoutChanged);
        tabs.addChangeListener(e -> selectionChanged());
        setContentPane(tabs);
        setJMenuBar(menus());
        placeAt(layout == null ? null : layout.bounds(), offset);
        if (layout != null && layout.maximized()) {
            setExtendedState(Frame.MAXIMIZED_BOTH);
        }
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                host.closeWindow(AppWindow.this);
            }
        });
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentMoved(ComponentEvent e) {
                boundsChanged();
            }

            @Override
            public void componentResized(ComponentEvent e) {
                boundsChanged();
            }
        });
    }

    public WindowHost host() {
        return host;
    }

    public TabStrip tabStrip() {
        return tabs;
    }

    public List<TerminalTab> terminalTabs() {
        return tabs.tabs();
    }

    public List<Pane> panes() {
        List<Pane> out = new ArrayList<>();
        for (TerminalTab t : tabs.tabs()) {
            out.addAll(t.panes());
        }
        return out;
    }

    public TerminalTab selectedTab() {
        return tabs.selectedTab();
    }

    public Pane focusedPane() {
        TerminalTab t = tabs.selectedTab();
        return t == null ? null : t.focusedPane();
    }

    // ------------------------------------------------------------------ building

    /** Adds the tabs of a stored window; {@code paneFor} makes the pane of each session. */
    public void addTabs(WindowLayout layout, Function<String, Pane> paneFor) {
        for (TabLayout t : layout.tabs()) {
            addTab(SplitTree.build(t.root(), paneFor), t.focusedLeaf(), tabs.getTabCount());
        }
        if (tabs.getTabCount() > 0) {
            tabs.setSelectedIndex(layout.selectedTab());
        }
    }

    public TerminalTab addTab(Component root, int focusedLeaf, int index) {
        TerminalTab tab = new TerminalTab(this, root, focusedLeaf);
        tabs.addTab(tab, index);
        return tab;
    }

    /** Attaches every pane that has a session, now that the window is laid out at its size. */
    public void connectPanes() {
        validate();
        for (Pane p : panes()) {
            p.connect();
        }
        TerminalTab t = tabs.selectedTab();
        if (t != null && t.focusedPane() != null) {
            t.focusedPane().focusTerminal();
        }
    }

    // ------------------------------------------------------------------ commands

    /** A new tab with a new shell in the focused pane's directory. */
    public void newTab() {
        newTabFrom(focusedPane());
    }

    /**
     * A new tab with a new shell in {@code from}'s directory, on {@code from}'s host (the home
     * directory, on the default host, when null).
     */
    public void newTabFrom(Pane from) {
        AgentConnection connection = from == null ? host.defaultConnection() : from.connection();
        Pane pane = new Pane(host, connection, null);
        TerminalTab tab = addTab(pane, 0, tabs.getSelectedIndex() + 1);
        tabs.setSelectedComponent(tab);
        validate();
        PaneActions.startSession(host, pane, from == null ? null : from.sessionId(), from == null ? null : from.cwd());
        pane.focusTerminal();
    }

    /** Splits the focused pane: a new shell in its directory (on its host) goes right of it or below it. */
    public void split(boolean horizontal) {
        TerminalTab tab = tabs.selectedTab();
        Pane from = tab == null ? null : tab.focusedPane();
        if (from == null) {
            newTab();
            return;
        }
        Pane pane = new Pane(host, from.connection(), null);
        tab.split(from, horizontal, pane);
        tab.validate();
        PaneActions.startSession(host, pane, from.sessionId(), from.cwd());
        pane.focusTerminal();
        tabChanged(tab);
        host.layoutChanged();
    }

    public void closeFocusedPane() {
        TerminalTab tab = tabs.selectedTab();
        if (tab != null && tab.focusedPane() != null) {
            PaneActions.close(this, tab, tab.focusedPane());
        }
    }

    public void closeSelectedTab() {
        TerminalTab tab = tabs.selectedTab();
        if (tab != null) {
            PaneActions.closeTab(this, tab);
        }
    }

    /** Renames the focused pane's session (the agent's name: what `linger attach` takes too). */
    public void rename(TerminalTab tab) {
        Pane pane = tab == null ? null : tab.focusedPane();
        if (pane == null || pane.sessionId() == null) {
            return;
        }
        Object answer = JOptionPane.showInputDialog(this, "Session name:", "Rename", JOptionPane.PLAIN_MESSAGE, null,
                null, pane.sessionName());
        // Without a window manager nobody gives the focus back after a dialog: do it here.
        toFront();
        pane.focusTerminal();
        if (!(answer instanceof String name) || name.isBlank() || name.strip().equals(pane.sessionName())) {
            return;
        }
        String id = pane.sessionId();
        AgentConnection connection = pane.connection();
        connection.async(() -> {
            connection.sessions().rename(id, name.strip());
            return connection.sessions().find(id);
        }).whenComplete((info, error) -> SwingUtilities.invokeLater(() -> {
            if (error != null) {
                JOptionPane.showMessageDialog(this, "Cannot rename: " + PaneActions.message(error), "Rename",
                        JOptionPane.ERROR_MESSAGE);
            } else {
                info.ifPresent(pane::update);
            }
        }));
    }

    public void moveFocus(PaneFocus.Direction d) {
        TerminalTab tab = tabs.selectedTab();
        if (tab != null) {
            tab.moveFocus(d);
        }
    }

    private void cycleTab(int delta) {
        int n = tabs.getTabCount();
        if (n > 1) {
            tabs.setSelectedIndex((tabs.getSelectedIndex() + delta + n) % n);
        }
    }

    // ------------------------------------------------------------------ panes and tabs going away

    /** Takes a pane out (its session keeps running unless already ended); the tab goes with its last pane. */
    public void removePane(TerminalTab tab, Pane pane) {
        pane.dispose();
        if (tab.removePane(pane)) {
            removeTab(tab);
            return;
        }
        tabChanged(tab);
        Pane next = tab.focusedPane();
        if (next != null) {
            next.focusTerminal();
        }
        host.layoutChanged();
    }

    /** Takes a tab out, detaching its panes; the window goes with its last tab. */
    public void removeTab(TerminalTab tab) {
        tab.panes().forEach(Pane::dispose);
        tabs.remove(tab);
        if (tabs.getTabCount() == 0) {
            host.closeWindow(this);
        } else {
            host.layoutChanged();
        }
    }

    /** Detaches every pane (their sessions keep running). */
    public void detachAll() {
        panes().forEach(Pane::dispose);
    }

    void paneAction(TerminalTab tab, Pane pane, PaneHost.PaneAction action) {
        switch (action) {
            case RESURRECT -> PaneActions.resurrect(pane);
            case NEW_SHELL -> PaneActions.newShell(host, pane);
            case RESTART -> PaneActions.restart(pane);
            case CLOSE -> PaneActions.close(this, tab, pane);
            default -> { }
        }
    }

    void tabChanged(TerminalTab tab) {
        tabs.refresh(tab);
        if (tab == tabs.selectedTab()) {
            updateTitle();
        }
    }

    private void selectionChanged() {
        TerminalTab tab = tabs.selectedTab();
        if (tab != null) {
            tab.clearMarks();
            Pane p = tab.focusedPane();
            if (p != null) {
                SwingUtilities.invokeLater(p::focusTerminal);
            }
        }
        tabs.tabs().forEach(tabs::refresh);
        updateTitle();
        host.layoutChanged();
    }

    private void updateTitle() {
        TerminalTab tab = tabs.selectedTab();
        setTitle(tab == null ? TITLE : TITLE + " — " + tabs.getTitleAt(tabs.getSelectedIndex()));
    }

    // ------------------------------------------------------------------ layout

    public WindowLayout windowLayout() {
        List<TabLayout> out = new ArrayList<>();
        int selected = 0;
        for (TerminalTab t : tabs.tabs()) {
            if (t == tabs.selectedTab()) {
                selected = out.size();
            }
            t.tabLayout().ifPresent(out::add);
        }
        boolean maximized = (getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
        return new WindowLayout(normalBounds != null ? normalBounds : getBounds(), maximized, selected, out);
    }

    private void boundsChanged() {
        if ((getExtendedState() & Frame.MAXIMIZED_BOTH) == 0 && isShowing()) {
            normalBounds = getBounds();
        }
        host.layoutChanged();
    }

    /** Puts the window where it was when that is on a screen now, else centred (cascaded by {@code offset}). */
    private void placeAt(Rectangle stored, int offset) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        if (stored != null && stored.width >= 200 && stored.height >= 120 && visibleOnSomeScreen(stored)) {
            setBounds(stored);
        } else {
            int w = Math.min(DEFAULT_WIDTH, screen.width);
            int h = Math.min(DEFAULT_HEIGHT, screen.height);
            int x = screen.x + Math.max(0, (screen.width - w) / 2) + 30 * offset;
            int y = screen.y + Math.max(0, (screen.height - h) / 2) + 30 * offset;
            setBounds(Math.min(x, screen.x + screen.width - w), Math.min(y, screen.y + screen.height - h), w, h);
        }
        normalBounds = getBounds();
    }

    private static boolean visibleOnSomeScreen(Rectangle r) {
        for (var device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            Rectangle s = device.getDefaultConfiguration().getBounds();
            Rectangle i = s.intersection(r);
            if (!i.isEmpty() && i.width >= 100 && i.height >= 60) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ menus

    private JMenuBar menus() {
        KeyMap keys = host.keys();
        JMenuBar bar = new JMenuBar();
        JMenu shell = new JMenu("Shell");
        shell.setMnemonic('S');
        shell.add(item("newTabItem", "New Tab", keys.get(KeyMap.Command.NEW_TAB), this::newTab));
        shell.add(item("newWindowItem", "New Window", keys.get(KeyMap.Command.NEW_WINDOW), () -> host.newWindow(this)));
        shell.addSeparator();
        shell.add(item("splitRightItem", "Split Right", keys.get(KeyMap.Command.SPLIT_RIGHT), () -> split(true)));
        shell.add(item("splitDownItem", "Split Down", keys.get(KeyMap.Command.SPLIT_DOWN), () -> split(false)));
        shell.addSeparator();
        shell.add(item("renameItem", "Rename Session…", keys.get(KeyMap.Command.RENAME), () -> rename(tabs.selectedTab())));
        shell.add(item("closePaneItem", "Close Pane", keys.get(KeyMap.Command.CLOSE_PANE), this::closeFocusedPane));
        shell.add(item("closeTabItem", "Close Tab", null, this::closeSelectedTab));
        shell.addSeparator();
        shell.add(item("preferencesItem", "Preferences…", keys.get(KeyMap.Command.PREFERENCES), () -> host.showPreferences(this)));
        shell.addSeparator();
        shell.add(item("quitItem", "Quit (shells keep running)", keys.get(KeyMap.Command.QUIT), host::quit));
        bar.add(shell);

        JMenu view = new JMenu("View");
        view.setMnemonic('V');
        view.add(item("nextTabItem", "Next Tab", keys.get(KeyMap.Command.NEXT_TAB), () -> cycleTab(1)));
        view.add(item("previousTabItem", "Previous Tab", keys.get(KeyMap.Command.PREVIOUS_TAB), () -> cycleTab(-1)));
        view.addSeparator();
        view.add(item("focusLeftItem", "Pane on the Left", keys.get(KeyMap.Command.FOCUS_LEFT), () -> moveFocus(PaneFocus.Direction.LEFT)));
        view.add(item("focusRightItem", "Pane on the Right", keys.get(KeyMap.Command.FOCUS_RIGHT), () -> moveFocus(PaneFocus.Direction.RIGHT)));
        view.add(item("focusUpItem", "Pane Above", keys.get(KeyMap.Command.FOCUS_UP), () -> moveFocus(PaneFocus.Direction.UP)));
        view.add(item("focusDownItem", "Pane Below", keys.get(KeyMap.Command.FOCUS_DOWN), () -> moveFocus(PaneFocus.Direction.DOWN)));
        bar.add(view);

        JMenu sessions = new JMenu("Sessions");
        sessions.add(item("sessionManagerItem", "Session Manager…", keys.get(KeyMap.Command.SESSIONS), () -> host.showSessionManager(this)));
        bar.add(sessions);
        return bar;
    }

    private static JMenuItem item(String name, String text, javax.swing.KeyStroke key, Runnable action) {
        JMenuItem item = new JMenuItem(new AbstractAction(text) {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
        item.setName(name);
        if (key != null) {
            item.setAccelerator(key);
        }
        return item;
    }
}
