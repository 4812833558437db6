package dev.linger.app;

import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

import javax.swing.JDialog;
import javax.swing.JOptionPane;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A damaged desktop.db: the app still starts, the file is moved aside (not emptied), and a message says so. */
class CorruptDesktopDbGuiTest extends AppGuiTest {
    @Test
    void corruptFileIsMovedAsideWithAMessageAndTheAppStarts() throws Exception {
        Path db = h.home.desktopDb();
        Files.deleteIfExists(db.resolveSibling("desktop.db-wal"));
        Files.deleteIfExists(db.resolveSibling("desktop.db-shm"));
        byte[] garbage = "this is not a database, it is what a bad disk left\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(db, garbage);

        LingerApp app = h.launch();
        DialogFixture message = WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return d.isShowing() && d.getContentPane().getComponentCount() > 0
                        && d.getContentPane().getComponent(0) instanceof JOptionPane;
            }
        }).withTimeout(AppHarness.TIMEOUT.toMillis()).using(h.robot());
        h.awaitFocused(message.target());
        JOptionPane pane = (JOptionPane) ((JDialog) message.target()).getContentPane().getComponent(0);
        String text = String.valueOf(pane.getMessage());
        assertThat(text).contains("desktop.db was damaged").contains("moved aside to").contains("desktop.db.corrupt-");
        h.clickToClose(message.button());
        h.awaitStarted(app);
        h.window().requireVisible();

        List<Path> aside;
        try (Stream<Path> files = Files.list(h.dir)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("desktop.db.corrupt-")).toList();
        }
        assertThat(aside).hasSize(1);
        assertThat(Files.readAllBytes(aside.get(0))).isEqualTo(garbage);
        assertThat(text).contains(aside.get(0).toString());
        h.quit(app);
        assertThat(Files.size(db)).isGreaterThan(0);
    }
}
