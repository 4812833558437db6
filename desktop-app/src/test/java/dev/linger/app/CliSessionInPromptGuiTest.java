package dev.linger.app;

import dev.linger.app.window.Pane;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.linger.app.AppHarness.edt;
import static org.assertj.core.api.Assertions.assertThat;

/** A session made with `linger new` is in no tab: the prompt lists it unticked, and ticked it opens as a tab. */
class CliSessionInPromptGuiTest extends AppGuiTest {
    @Test
    void cliSessionIsListedAsNotInAnyTabAndOpensAsATab() throws Exception {
        String id = h.cli("new", "--name", "from-cli", "--cwd", h.dir.toString(), "--env", "PS1=$ ", "--env", "HISTFILE=/dev/null",
                "--", "/bin/bash", "--noprofile", "--norc");
        h.type(id, "echo made-by-the-cli\r");
        h.waitFor(() -> {
            try {
                return h.capture(id).contains("made-by-the-cli");
            } catch (Exception e) {
                return false;
            }
        }, "the CLI session's output");

        LingerApp app = h.launch();
        DialogFixture prompt = h.dialog("restoreDialog");
        prompt.label("status:from-cli").requireText("not in any tab");
        prompt.checkBox("restore:from-cli").requireNotSelected();
        assertThat(prompt.label("lastLine:from-cli").text()).isEqualTo("$");
        h.tick(prompt.checkBox("restore:from-cli"));
        h.clickToClose(prompt.button("restoreButton"));
        h.awaitStarted(app);

        List<Pane> panes = AppHarness.panes(app);
        assertThat(panes).hasSize(1);
        Pane pane = panes.get(0);
        assertThat(edt(pane::sessionId)).isEqualTo(id);
        assertThat(edt(() -> app.windows().get(0).tabStrip().getTitleAt(0))).isEqualTo("from-cli");
        h.awaitScreenMatchesAgent(pane);
        assertThat(AppHarness.screen(pane)).contains("made-by-the-cli");
        h.quit(app);

        // "Always restore without asking": the next launch restores the same without a prompt.
        LingerApp asked = h.launch();
        DialogFixture again = h.dialog("restoreDialog");
        again.checkBox("restore:from-cli").requireSelected();
        h.tick(again.checkBox("alwaysRestore"));
        h.clickToClose(again.button("restoreButton"));
        h.awaitStarted(asked);
        h.quit(asked);
        LingerApp silent = h.awaitStarted(h.launch());
        assertThat(AppHarness.showingWindows()).doesNotContain("restoreDialog");
        assertThat(edt(() -> silent.currentLayout().sessionIds())).containsExactly(id);
        h.quit(silent);
    }
}
