package dev.linger.app;

import com.formdev.flatlaf.FlatLaf;
import dev.linger.app.prefs.Preferences;
import dev.linger.app.store.DesktopStore;
import dev.linger.app.window.Pane;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;
import java.util.Map;

import static dev.linger.app.AppHarness.edt;
import static org.assertj.core.api.Assertions.assertThat;

/** The preferences dialog: changes apply at once to open panes and are kept in desktop.db. */
class PreferencesGuiTest extends AppGuiTest {
    @BeforeEach
    void lightTheme() throws Exception {
        h.prefs(Map.of("theme", "light"));
    }

    @Test
    void changesApplyAndAreStored() throws Exception {
        LingerApp app = h.awaitStarted(h.launch());
        h.window();
        Pane pane = AppHarness.panes(app).get(0);
        h.awaitText(pane, "$");
        assertThat(edt(FlatLaf::isLafDark)).isFalse();
        h.focus(pane);

        h.chord(KeyEvent.VK_COMMA, KeyEvent.VK_CONTROL);
        DialogFixture d = h.dialog("preferencesDialog");
        // Set through the model: a combo box's popup is a window of its own, which without a
        // window manager the robot's click can reach before X shows it.
        edt(() -> {
            d.comboBox("themeChoice").target().setSelectedItem("Dark");
            d.comboBox("closeChoice").target().setSelectedItem("Never ask");
            return null;
        });
        d.spinner("fontSize").select(20.0);
        d.spinner("detachedTtl").select(9);
        h.clickToClose(d.button("okButton"));

        h.waitFor(() -> edt(FlatLaf::isLafDark), "the dark theme");
        h.waitFor(() -> edt(() -> pane.view().fontSet().size()) == 20f, "the new font size in the open pane");
        Preferences p = edt(app::prefs);
        assertThat(p.theme()).isEqualTo(Preferences.Theme.DARK);
        assertThat(p.closeConfirm()).isEqualTo(Preferences.CloseConfirm.NEVER);
        assertThat(p.shell()).isEqualTo(AppHarness.TEST_SHELL);

        // Escape is Cancel: the dialog closes and nothing changes.
        h.focus(pane);
        h.chord(KeyEvent.VK_COMMA, KeyEvent.VK_CONTROL);
        DialogFixture again = h.dialog("preferencesDialog");
        edt(() -> {
            again.comboBox("themeChoice").target().setSelectedItem("Light");
            return null;
        });
        h.waitFor(() -> {
            h.chord(KeyEvent.VK_ESCAPE);
            return !edt(() -> again.target().isShowing());
        }, "Escape to close the preferences");
        assertThat(edt(app::prefs).theme()).isEqualTo(Preferences.Theme.DARK);
        h.quit(app);
        try (DesktopStore store = DesktopStore.open(h.home.desktopDb()).store()) {
            Preferences stored = Preferences.fromMap(store.loadPrefs());
            assertThat(stored).isEqualTo(p);
            assertThat(stored.detachedTtlDays()).isEqualTo(9);
        }
    }
}
