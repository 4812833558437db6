package dev.linger.app;

import dev.linger.agent.home.LingerHome;
import dev.linger.view.ButtonPresser;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.JDialog;
import javax.swing.JOptionPane;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** With no agent the app starts one and shows that it does; when it cannot, it says why and where the log is. */
class AgentStartupGuiTest {
    private Path dir;
    private Robot robot;

    @BeforeEach
    void home() throws Exception {
        dir = Files.createTempDirectory(Paths.get("/tmp"), "lgstart");
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
    }

    @AfterEach
    void clean() throws Exception {
        robot.cleanUp();
        AppHarness.deleteTree(dir);
    }

    @Test
    void agentThatCannotStartGetsAClearErrorWithTheLogsPath() throws Exception {
        // A directory where the agent's lock file belongs: the agent cannot take its lock and exits.
        Files.createDirectories(dir.resolve("agent.lock"));
        LingerHome home = new LingerHome(dir);
        LingerApp app = LingerApp.launch(AppOptions.embedded(home));

        FrameFixture splash = WindowFinder.findFrame("startupSplash").withTimeout(20_000).using(robot);
        assertThat(splash.label("startupMessage").text()).isEqualTo("Starting the Linger agent…");
        assertThat(splash.target().getTitle()).startsWith("Linger");

        DialogFixture error = WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog d) {
                return "startupError".equals(d.getName()) && d.isShowing();
            }
        }).withTimeout(30_000).using(robot);
        String message = String.valueOf(((JOptionPane) ((JDialog) error.target()).getContentPane().getComponent(0)).getMessage());
        assertThat(message).contains("could not start its session agent").contains(home.agentLog().toString());
        // The file the dialog names says why, and the app has its own log beside it, owner-only.
        assertThat(Files.readString(home.agentLog())).contains("the agent stopped on an error").contains("agent.lock");
        assertThat(home.appLog()).isEqualTo(dir.resolve("logs").resolve("app.log"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.appLog()))).isEqualTo("rw-------");
        assertThat(error.target().getTitle()).isEqualTo("Linger cannot start");
        new ButtonPresser(robot, ButtonPresser.timed(java.time.Duration.ofSeconds(20)))
                .clickUntil(error.button(), () -> app.finished().isDone(), "the app to end once the error is dismissed");
        assertThat(app.finished().get(20, TimeUnit.SECONDS)).isEqualTo(1);
    }
}
