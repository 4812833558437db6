package dev.linger.app.window;

import java.awt.Color;

/** Shown when the pane's program ended: its last screen stays, with Restart and Close. */
final class ExitedBanner extends Banner {
    ExitedBanner(Integer exitCode, Runnable onRestart, Runnable onClose) {
        super("exitedBanner", new Color(0x8A, 0x8A, 0x8A));
        setMessage(exitCode == null ? "The shell exited." : "The shell exited with code " + exitCode + ".");
        addButton("restartButton", "Restart", onRestart);
        addButton("closeExitedButton", "Close", onClose);
    }
}
