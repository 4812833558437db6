package dev.linger.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.SessionInfo;
import dev.linger.app.window.Pane;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;
import java.util.List;

import static dev.linger.app.AppHarness.edt;
import static org.assertj.core.api.Assertions.assertThat;

/** The session manager: every agent session, in a tab or not; open as tab, rename, kill exited, clean up. */
class SessionManagerGuiTest extends AppGuiTest {
    private int row(JTableFixture table, String name) {
        String[][] contents = edt(() -> table.contents());
        for (int i = 0; i < contents.length; i++) {
            if (contents[i][0].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Selects a row from the keyboard (Ctrl+Home, then Down), as a user can: without a window
     * manager a click on a row can be lost or land beside it (CI once missed row 0 for 20 s), a key
     * typed into the focused table cannot.
     */
    private void select(JTableFixture table, int row) {
        h.waitFor(() -> {
            if (edt(() -> table.target().getSelectedRow()) == row) {
                return true;
            }
            table.focus();
            h.chord(KeyEvent.VK_HOME, KeyEvent.VK_CONTROL);
            for (int i = 0; i < row; i++) {
                h.chord(KeyEvent.VK_DOWN);
            }
            return edt(() -> table.target().getSelectedRow()) == row;
        }, "row " + row + " to be selected");
    }

    @Test
    void listsOpensRenamesKillsAndCleansUp() throws Exception {
        h.createSession("orphan", h.dir);
        h.createSession("old-one", h.dir);
        ObjectNode p = Json.object().put("name", "done").put("cwd", h.dir.toString());
        p.putArray("argv").add("/bin/sh").add("-c").add("exit 3");
        h.client().call(Methods.SESSION_CREATE, p);
        h.waitFor(() -> {
            try {
                return h.session("done").exited();
            } catch (Exception e) {
                return false;
            }
        }, "the short-lived session to exit");

        LingerApp app = h.launch();
        DialogFixture prompt = h.dialog("restoreDialog");
        prompt.label("status:orphan").requireText("not in any tab");
        h.clickToClose(prompt.button("startFreshButton"));
        h.awaitStarted(app);
        h.window();
        Pane mine = AppHarness.panes(app).get(0);
        h.awaitText(mine, "$");
        h.focus(mine);

        h.chord(KeyEvent.VK_S, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        DialogFixture manager = h.dialog("sessionManager");
        JTableFixture table = manager.table("sessionTable");
        h.waitFor(() -> edt(() -> table.target().getRowCount()) == 4, "four sessions listed");
        String myName = edt(mine::sessionName);
        assertThat(table.valueAt(TableCell.row(row(table, myName)).column(2))).isEqualTo("yes");
        assertThat(table.valueAt(TableCell.row(row(table, "orphan")).column(2))).isEqualTo("no");
        assertThat(table.valueAt(TableCell.row(row(table, "done")).column(1))).isEqualTo("exited (3)");

        // Open as tab.
        select(table, row(table, "orphan"));
        h.clickUntil(manager.button("openButton"), () -> AppHarness.panes(app).size() == 2, "the orphan to open as a tab");
        Pane orphan = AppHarness.pane(app, "orphan");
        h.awaitScreenMatchesAgent(orphan);

        // Kill all exited.
        h.clickUntil(manager.button("killExitedButton"), () -> {
            try {
                return h.session("done") == null;
            } catch (Exception e) {
                return false;
            }
        }, "the exited session to be killed");

        // Rename the app's own session: the tab follows.
        h.waitFor(() -> row(table, myName) >= 0 && row(table, "done") < 0, "the list to refresh");
        select(table, row(table, myName));
        h.clickUntil(manager.button("renameButton"), AppHarness::optionPaneShowing, "the rename question");
        JOptionPaneFixture ask = h.optionPane();
        ask.textBox().deleteText().enterText("renamed-here");
        h.clickToClose(ask.okButton());
        h.waitFor(() -> "renamed-here".equals(edt(mine::sessionName)), "the pane to take the new name");
        h.waitFor(() -> edt(() -> app.windows().get(0).tabStrip().getTitleAt(0)).equals("renamed-here"), "the tab title");

        // Clean up: sessions in no tab detached for more than 0 days (old-one) go; tabs' sessions stay.
        manager.spinner("cleanupDays").select(0);
        h.clickUntil(manager.button("cleanupButton"), AppHarness::optionPaneShowing, "the clean-up question");
        JOptionPaneFixture confirm = h.optionPane();
        confirm.requireMessage("Kill 1 session detached for more than 0 days?");
        h.clickToClose(confirm.okButton());
        h.waitFor(() -> {
            try {
                return h.session("old-one") == null;
            } catch (Exception e) {
                return false;
            }
        }, "old-one to be cleaned up");
        List<String> left = h.sessions().stream().map(SessionInfo::name).toList();
        assertThat(left).containsExactlyInAnyOrder("renamed-here", "orphan");

        // Escape closes it, as it does any dialog.
        table.selectRows(0);
        h.waitFor(() -> {
            h.chord(KeyEvent.VK_ESCAPE);
            return !edt(() -> manager.target().isShowing());
        }, "Escape to close the session manager");
        h.waitFor(() -> edt(() -> app.windows().get(0).focusedPane().view().isFocusOwner()), "the keyboard back in the focused pane");
        h.quit(app);
    }
}
