package dev.linger.app.prefs;

import dev.linger.agent.store.StoreSettings;
import dev.linger.app.ui.DialogKeys;
import dev.linger.view.FontSet;
import net.miginfocom.swing.MigLayout;

import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The preferences, in one dialog: look, terminal, shell, launch and closing behaviour. The
 * scrollback shown is the agent's setting, not the app's: the caller reads it before and sets it
 * after ({@link #scrollbackLines()}).
 */
public final class PreferencesDialog extends JDialog {
    private static final String[] THEMES = {"Follow the system", "Light", "Dark"};
    private static final String[] RESTORE = {"Ask which sessions to restore", "Always restore without asking", "Start fresh"};
    private static final String[] CLOSE = {"Ask when something is running", "Always ask", "Never ask"};

    private final JComboBox<String> theme = new JComboBox<>(THEMES);
    private final JComboBox<String> font = new JComboBox<>();
    private final JSpinner fontSize;
    private final JSpinner scrollback;
    private final JTextField shell = new JTextField(28);
    private final JComboBox<String> restore = new JComboBox<>(RESTORE);
    private final JComboBox<String> close = new JComboBox<>(CLOSE);
    private final JSpinner ttl;
    private final float defaultFontSize;
    private Preferences result;

    /** {@code scrollbackLines}: the agent's setting; empty when the agent could not be asked (the field is then disabled). */
    public PreferencesDialog(Window owner, Preferences current, OptionalInt scrollbackLines, float defaultFontSize) {
        super(owner, "Preferences", ModalityType.APPLICATION_MODAL);
        setName("preferencesDialog");
        this.defaultFontSize = defaultFontSize;
        theme.setName("themeChoice");
        theme.setSelectedIndex(current.theme().ordinal());
        font.setName("fontChoice");
        font.setEditable(true);
        font.setModel(new DefaultComboBoxModel<>(monospacedFamilies().toArray(new String[0])));
        font.setSelectedItem(current.fontFamily().isEmpty() ? FontSet.defaultFamily() : current.fontFamily());
        float size = current.fontSize() > 0 ? current.fontSize() : defaultFontSize;
        fontSize = new JSpinner(new SpinnerNumberModel((double) Math.round(size), 6.0, 72.0, 1.0));
        fontSize.setName("fontSize");
        scrollback = new JSpinner(new SpinnerNumberModel(scrollbackLines.orElse(0), 0,
                StoreSettings.MAX_SCROLLBACK, 1000));
        scrollback.setName("scrollbackLines");
        scrollback.setEnabled(scrollbackLines.isPresent());
        if (scrollbackLines.isEmpty()) {
            scrollback.setToolTipText("The agent did not answer: its scrollback setting cannot be changed now");
        }
        shell.setName("shellCommand");
        shell.setText(current.shell());
        shell.putClientProperty("JTextField.placeholderText", "your login shell");
        restore.setName("restoreChoice");
        restore.setSelectedIndex(current.restore().ordinal());
        close.setName("closeChoice");
        close.setSelectedIndex(current.closeConfirm().ordinal());
        ttl = new JSpinner(new SpinnerNumberModel(current.detachedTtlDays(), 0, 3650, 1));
        ttl.setName("detachedTtl");

        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]", ""));
        section(p, "Appearance");
        p.add(new JLabel("Theme:"));
        p.add(theme);
        p.add(new JLabel("Font:"));
        p.add(font);
        p.add(new JLabel("Size:"));
        p.add(fontSize, "growx 0, w 80!");
        section(p, "Terminal");
        p.add(new JLabel("Scrollback lines:"));
        p.add(scrollback, "growx 0, w 120!");
        p.add(new JLabel());
        p.add(hint("The agent's setting: every session keeps this many, in each pane and for the linger command."));
        p.add(new JLabel("Default shell:"));
        p.add(shell);
        p.add(new JLabel());
        p.add(hint("Empty: your login shell. New tabs and splits start this command."));
        section(p, "Sessions");
        p.add(new JLabel("On launch:"));
        p.add(restore);
        p.add(new JLabel("Closing a pane:"));
        p.add(close);
        p.add(new JLabel("Detached sessions:"));
        JPanel ttlRow = new JPanel(new MigLayout("insets 0", "[][]", "[]"));
        ttlRow.add(ttl, "w 70!");
        ttlRow.add(new JLabel("days in no tab and without a client, then killed (0: never)"));
        p.add(ttlRow);
        JButton ok = new JButton("OK");
        ok.setName("okButton");
        ok.addActionListener(e -> {
            result = read();
            dispose();
        });
        JButton cancel = new JButton("Cancel");
        cancel.setName("cancelButton");
        cancel.addActionListener(e -> dispose());
        DialogKeys.closeOnEscape(this, this::dispose);
        p.add(cancel, "span 2, split 2, tag cancel, gaptop para");
        p.add(ok, "tag ok");
        setContentPane(p);
        getRootPane().setDefaultButton(ok);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog; the new preferences when OK was pressed. */
    public Optional<Preferences> ask() {
        setVisible(true);
        return Optional.ofNullable(result);
    }

    /** The scrollback the user chose; empty when the field was disabled. Read after {@link #ask()}. */
    public OptionalInt scrollbackLines() {
        return scrollback.isEnabled() ? OptionalInt.of(((Number) scrollback.getValue()).intValue()) : OptionalInt.empty();
    }

    private Preferences read() {
        String family = font.getSelectedItem() == null ? "" : font.getSelectedItem().toString().strip();
        float size = ((Number) fontSize.getValue()).floatValue();
        return new Preferences(
                Preferences.Theme.values()[theme.getSelectedIndex()],
                family.equals(FontSet.defaultFamily()) ? "" : family,
                Math.abs(size - Math.round(defaultFontSize)) < 0.01 ? 0f : size,
                shell.getText(),
                Preferences.RestoreMode.values()[restore.getSelectedIndex()],
                Preferences.CloseConfirm.values()[close.getSelectedIndex()],
                ((Number) ttl.getValue()).intValue());
    }

    private static void section(JPanel p, String title) {
        JLabel l = new JLabel(title);
        l.setFont(l.getFont().deriveFont(Font.BOLD));
        p.add(l, "span 2, left, gaptop para");
    }

    private static JLabel hint(String text) {
        JLabel l = new JLabel(text);
        l.setEnabled(false);
        return l;
    }

    /** Installed families whose 'i' and 'W' are equally wide. */
    static List<String> monospacedFamilies() {
        List<String> out = new ArrayList<>();
        FontMetrics fm;
        var g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
                fm = g.getFontMetrics(new Font(family, Font.PLAIN, 12));
                if (fm.charWidth('i') == fm.charWidth('W') && fm.charWidth('i') > 0 && fm.getFont().canDisplay('a')) {
                    out.add(family);
                }
            }
        } finally {
            g.dispose();
        }
        if (!out.contains(FontSet.defaultFamily())) {
            out.add(0, FontSet.defaultFamily());
        }
        return out;
    }
}
