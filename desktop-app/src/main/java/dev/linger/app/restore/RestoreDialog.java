package dev.linger.app.restore;

import net.miginfocom.swing.MigLayout;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import java.awt.Font;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * "Restore sessions": a row per session (tick, name, status, directory, last activity, last line),
 * Restore (the default button) or Start fresh, and "Always restore without asking". Sessions in no
 * tab can also be killed from here.
 */
public final class RestoreDialog extends JDialog {
    public static final String TITLE = "Restore sessions";

    /** The answer: restore the ticked sessions, or start fresh (every session keeps running). */
    public record Choice(boolean restore, Set<String> selected, boolean always) {
    }

    private final Map<String, JCheckBox> ticks = new LinkedHashMap<>();
    private final JCheckBox always = new JCheckBox("Always restore without asking");
    private Choice choice;

    public RestoreDialog(Window owner, List<ReconcileRow> rows, Consumer<String> kill) {
        super(owner, TITLE, ModalityType.APPLICATION_MODAL);
        setName("restoreDialog");
        JPanel table = new JPanel(new MigLayout("insets 0, gapy 4", "[][]16[]16[]16[]16[grow,fill][]", ""));
        table.setName("restoreRows");
        header(table, "");
        header(table, "Session");
        header(table, "Status");
        header(table, "Directory");
        header(table, "Last activity");
        header(table, "Last line");
        table.add(new JLabel(), "wrap");
        Instant now = Instant.now();
        for (ReconcileRow r : rows) {
            JCheckBox tick = new JCheckBox();
            tick.setName("restore:" + r.name());
            tick.setSelected(r.status().inLayout());
            ticks.put(r.id(), tick);
            table.add(tick);
            JLabel name = new JLabel(r.name());
            name.setName("name:" + r.name());
            name.setFont(name.getFont().deriveFont(Font.BOLD));
            table.add(name);
            JLabel status = new JLabel(r.status().text());
            status.setName("status:" + r.name());
            table.add(status);
            table.add(new JLabel(shorten(r.cwd() == null ? "—" : r.cwd(), 40)));
            table.add(new JLabel(TimeText.ago(r.lastActivity(), now)));
            JLabel line = new JLabel(shorten(r.lastLine() == null ? "" : r.lastLine(), 60));
            line.setName("lastLine:" + r.name());
            Font mono = UIManager.getFont("monospaced.font");
            line.setFont(mono != null ? mono : new Font(Font.MONOSPACED, Font.PLAIN, line.getFont().getSize()));
            table.add(line, "wmin 120");
            if (!r.status().inLayout()) {
                JButton k = new JButton("Kill");
                k.setName("kill:" + r.name());
                k.addActionListener(e -> {
                    kill.accept(r.id());
                    tick.setSelected(false);
                    tick.setEnabled(false);
                    k.setEnabled(false);
                    status.setText("killed");
                });
                table.add(k, "wrap");
            } else {
                table.add(new JLabel(), "wrap");
            }
        }
        JScrollPane scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(16);

        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 1", "[grow,fill]", "[][grow,fill][]"));
        JLabel intro = new JLabel("<html>These sessions were open when Linger last closed, or are running in its agent."
                + " Tick the ones to show.</html>");
        content.add(intro, "wmax 760");
        content.add(scroll, "hmax 420, wmin 640");
        JButton fresh = new JButton("Start fresh");
        fresh.setName("startFreshButton");
        fresh.setToolTipText("Open one new tab; every session keeps running and stays in the session manager");
        fresh.addActionListener(e -> finish(new Choice(false, Set.of(), false)));
        JButton restore = new JButton("Restore");
        restore.setName("restoreButton");
        restore.addActionListener(e -> finish(new Choice(true, selected(), always.isSelected())));
        always.setName("alwaysRestore");
        always.setHorizontalAlignment(SwingConstants.LEFT);
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[]push[][]", "[]"));
        buttons.add(always);
        buttons.add(fresh, "tag cancel");
        buttons.add(restore, "tag ok");
        content.add(buttons);
        setContentPane(content);
        getRootPane().setDefaultButton(restore);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                if (choice == null) {
                    // Closing the dialog restores nothing and kills nothing: as "Start fresh".
                    choice = new Choice(false, Set.of(), false);
                }
            }
        });
        pack();
        setLocationRelativeTo(owner);
    }

    private static void header(JPanel table, String text) {
        JLabel l = new JLabel(text);
        l.setFont(l.getFont().deriveFont(Font.BOLD, l.getFont().getSize2D() - 1f));
        l.setEnabled(false);
        table.add(l);
    }

    private Set<String> selected() {
        Set<String> out = new LinkedHashSet<>();
        ticks.forEach((id, box) -> {
            if (box.isSelected() && box.isEnabled()) {
                out.add(id);
            }
        });
        return out;
    }

    private void finish(Choice c) {
        choice = c;
        dispose();
    }

    /** Shows the dialog (modal) and returns the answer. */
    public Choice ask() {
        setVisible(true);
        return choice == null ? new Choice(false, Set.of(), false) : choice;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
    }
}
