package dev.linger.app.window;

import java.awt.Color;

/** The pane has no session it can show (attach or start failed): why, and what to do. */
final class FailureBanner extends Banner {
    FailureBanner(String message, Runnable onNewShell, Runnable onClose) {
        super("failureBanner", new Color(0xC0, 0x39, 0x2B));
        setMessage(message);
        addButton("newShellButton", "New shell", onNewShell);
        addButton("closeFailedButton", "Close", onClose);
    }
}
