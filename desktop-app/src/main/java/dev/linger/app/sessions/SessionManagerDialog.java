package dev.linger.app.sessions;

import dev.linger.app.agent.AgentConnection;
import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.ui.DialogKeys;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import java.awt.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Every session of one agent (one connection's), in a tab or not: name, state, directory, clients,
 * created, last attached. Open one as a tab, rename, kill; kill every exited one; clean up those
 * detached for more than N days.
 */
public final class SessionManagerDialog extends JDialog {
    private final AgentConnection connection;
    private final SessionsHost host;
    private final SessionTableModel model = new SessionTableModel();
    private final JTable table = new JTable(model);
    private final JSpinner days;
    private final JLabel status = new JLabel(" ");

    /** The sessions of {@code connection}'s agent; {@code ttlDays} (0: none set) fills the clean-up's days. */
    public SessionManagerDialog(Window owner, AgentConnection connection, int ttlDays, SessionsHost host) {
        super(owner, "Sessions", ModalityType.MODELESS);
        this.connection = connection;
        this.host = host;
        setName("sessionManager");
        table.setName("sessionTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(false);
        table.getColumnModel().getColumn(3).setPreferredWidth(260);
        days = new JSpinner(new SpinnerNumberModel(ttlDays > 0 ? ttlDays : 7, 0, 3650, 1));
        days.setName("cleanupDays");

        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 1", "[grow,fill]", "[grow,fill][][][]"));
        p.add(new JScrollPane(table), "w 820, h 300");
        JPanel actions = new JPanel(new MigLayout("insets 0", "[][][]push[][]", "[]"));
        actions.add(button("openButton", "Open as Tab", this::openSelected));
        actions.add(button("renameButton", "Rename…", this::renameSelected));
        actions.add(button("killButton", "Kill", this::killSelected));
        actions.add(button("killExitedButton", "Kill All Exited", this::killExited));
        actions.add(button("refreshButton", "Refresh", this::refresh));
        p.add(actions);
        JPanel cleanup = new JPanel(new MigLayout("insets 0", "[][][]push", "[]"));
        cleanup.add(new JLabel("Sessions in no tab, detached for more than"));
        cleanup.add(days, "w 70!");
        cleanup.add(button("cleanupButton", "days: Clean Up", this::cleanUp));
        p.add(cleanup);
        status.setName("sessionStatus");
        p.add(status);
        setContentPane(p);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        DialogKeys.closeOnEscape(this, this::dispose);
        pack();
        setLocationRelativeTo(owner);
        refresh();
    }

    private static JButton button(String name, String text, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }

    public void refresh() {
        run(() -> connection.sessions().list(), list -> {
            SessionInfo sel = selected();
            model.set(list, host.sessionIdsInPanes(connection.host()));
            if (sel != null) {
                for (int i = 0; i < model.getRowCount(); i++) {
                    if (model.at(i).id().equals(sel.id())) {
                        table.setRowSelectionInterval(i, i);
                    }
                }
            }
            status.setText(list.size() + (list.size() == 1 ? " session" : " sessions"));
        });
    }

    private SessionInfo selected() {
        int row = table.getSelectedRow();
        return row < 0 || row >= model.getRowCount() ? null : model.at(row);
    }

    private void openSelected() {
        SessionInfo s = selected();
        if (s != null) {
            host.openAsTab(connection.host(), s);
            refreshSoon();
        }
    }

    private void renameSelected() {
        SessionInfo s = selected();
        if (s == null) {
            return;
        }
        Object name = JOptionPane.showInputDialog(this, "Session name:", "Rename", JOptionPane.PLAIN_MESSAGE, null, null, s.name());
        if (name instanceof String n && !n.isBlank() && !n.strip().equals(s.name())) {
            run(() -> {
                connection.sessions().rename(s.id(), n.strip());
                return null;
            }, v -> refresh());
        }
    }

    private void killSelected() {
        SessionInfo s = selected();
        if (s == null) {
            return;
        }
        int answer = JOptionPane.showConfirmDialog(this, "Kill session " + s.name() + "? Its shell ends"
                + (model.inTab(s) ? " and its pane closes." : "."), "Kill", JOptionPane.OK_CANCEL_OPTION);
        if (answer == JOptionPane.OK_OPTION) {
            killAll(List.of(s));
        }
    }

    private void killExited() {
        killAll(model.all().stream().filter(SessionInfo::exited).toList());
    }

    private void cleanUp() {
        Duration age = Duration.ofDays(((Number) days.getValue()).intValue());
        Set<String> shown = host.sessionIdsInPanes(connection.host());
        List<SessionInfo> old = DetachedCleanup.stale(model.all(), shown, age, Instant.now());
        if (old.isEmpty()) {
            status.setText("No session in no tab has been detached that long.");
            return;
        }
        int answer = JOptionPane.showConfirmDialog(this, "Kill " + old.size() + (old.size() == 1 ? " session" : " sessions")
                + " detached for more than " + age.toDays() + " days?", "Clean up", JOptionPane.OK_CANCEL_OPTION);
        if (answer == JOptionPane.OK_OPTION) {
            killAll(old);
        }
    }

    private void killAll(List<SessionInfo> victims) {
        run(() -> {
            for (SessionInfo s : victims) {
                connection.sessions().kill(s.id());
            }
            return victims.size();
        }, n -> {
            status.setText("Killed " + n + (n == 1 ? " session." : " sessions."));
            refreshSoon();
        });
    }

    private void refreshSoon() {
        javax.swing.Timer t = new javax.swing.Timer(300, e -> refresh());
        t.setRepeats(false);
        t.start();
    }

    private <T> void run(Callable<T> work, java.util.function.Consumer<T> then) {
        connection.async(work).whenComplete((v, error) -> SwingUtilities.invokeLater(() -> {
            if (error != null) {
                Throwable c = error.getCause() != null ? error.getCause() : error;
                status.setText("Error: " + c.getMessage());
            } else {
                then.accept(v);
            }
        }));
    }
}
