package dev.linger.app.sessions;

import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.restore.TimeText;

import javax.swing.table.AbstractTableModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The session manager's rows: every session of the agent, in a tab or not. */
final class SessionTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {"Name", "State", "In a tab", "Directory", "Clients", "Created", "Last attached"};

    private List<SessionInfo> rows = List.of();
    private Set<String> inTabs = Set.of();

    void set(List<SessionInfo> sessions, Set<String> shown) {
        rows = new ArrayList<>(sessions);
        inTabs = Set.copyOf(shown);
        fireTableDataChanged();
    }

    SessionInfo at(int row) {
        return rows.get(row);
    }

    List<SessionInfo> all() {
        return rows;
    }

    boolean inTab(SessionInfo s) {
        return inTabs.contains(s.id());
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        SessionInfo s = rows.get(row);
        Instant now = Instant.now();
        return switch (column) {
            case 0 -> s.name();
            case 1 -> state(s);
            case 2 -> inTab(s) ? "yes" : "no";
            case 3 -> s.cwd() == null ? "" : s.cwd();
            case 4 -> s.clients();
            case 5 -> TimeText.ago(s.created(), now);
            case 6 -> s.lastAttached() == null ? "never" : TimeText.ago(s.lastAttached(), now);
            default -> "";
        };
    }

    static String state(SessionInfo s) {
        if (s.exited()) {
            return s.exitCode() == null ? "exited" : "exited (" + s.exitCode() + ")";
        }
        if (s.restorable()) {
            return "restorable";
        }
        return s.foreground() == null ? "running" : "running " + s.foreground();
    }
}
