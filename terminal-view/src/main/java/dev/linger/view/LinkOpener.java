package dev.linger.view;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;

/** Opens a link in the desktop's browser (or mail client), off the event thread. */
final class LinkOpener {
    private static final Logger LOG = LoggerFactory.getLogger(LinkOpener.class);

    private LinkOpener() {
    }

    static void open(URI uri) {
        Thread t = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)
                        && !"mailto".equalsIgnoreCase(uri.getScheme())) {
                    Desktop.getDesktop().browse(uri);
                } else if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.MAIL)
                        && "mailto".equalsIgnoreCase(uri.getScheme())) {
                    Desktop.getDesktop().mail(uri);
                } else {
                    new ProcessBuilder("xdg-open", uri.toString()).inheritIO().start();
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot open {}: {}", uri, e.toString());
            }
        }, "open-link");
        t.setDaemon(true);
        t.start();
    }
}
