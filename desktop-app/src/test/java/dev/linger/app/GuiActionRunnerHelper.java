package dev.linger.app;

import org.assertj.swing.edt.GuiActionRunner;

import java.awt.event.WindowEvent;

/** Window actions the robot cannot do without a window manager (no title bar to click). */
final class GuiActionRunnerHelper {
    private GuiActionRunnerHelper() {
    }

    /** What the window manager does when the close button is clicked. */
    static void closeWindow(LingerApp app) {
        GuiActionRunner.execute(() -> {
            var w = app.windows().get(0);
            w.dispatchEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSING));
        });
    }
}
