package dev.linger.term;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Starting a terminal over when its engine failed on output (threw, or took far too long): a
 * fresh engine of the same size keeps what the user had (the scrollback and the screen's
 * content), drops everything else of the old one (parser state, modes, charsets, regions), and
 * says on the screen that the terminal was reset. The agent's sessions and the CLI's mirror do
 * this so that one program's output can cost at most its own terminal's state.
 */
public final class EngineRestart {
    /** The line shown where the terminal was started over. */
    public static final String NOTE = "[linger] the terminal was reset after output it could not handle";
    /**
     * How long one feed may take before its engine counts as stalled and is started over: some
     * thousand times what a batch of 32 KB normally takes, so only a core looping on its input
     * reaches it.
     */
    public static final long FEED_TIME_LIMIT_MS = 3_000;
    private static final Logger LOG = LoggerFactory.getLogger(EngineRestart.class);
    /** Modes a program may have left on; a shell's prompt expects none of them. */
    private static final String PLAIN_MODES = "\u001b[?1049l\u001b[?1047l\u001b[?1000l\u001b[?1001l\u001b[?1002l\u001b[?1003l"
            + "\u001b[?1005l\u001b[?1006l\u001b[?1015l\u001b[?2004l\u001b[?1l\u001b>\u001b[?25h\u001b[?7h\u001b[r\u001b[0m";

    private EngineRestart() {
    }

    /**
     * A fresh engine with {@code failed}'s size, scrollback and screen, and {@link #NOTE} below.
     * Whatever of the old engine cannot be read any more is left out (and logged), never thrown.
     */
    public static TerminalEngine after(TerminalEngine failed) {
        TerminalEngine fresh = new TerminalEngine(failed.columns(), failed.rows(), failed.scrollback().maxLines());
        fresh.setFeedTimeLimit(failed.feedTimeLimit());
        try {
            fresh.scrollback().loadBytes(failed.scrollback().toBytes());
        } catch (RuntimeException e) {
            LOG.warn("the failed terminal's scrollback could not be kept: {}", e.toString());
        }
        try {
            fresh.feed(screenWithoutPending(failed));
        } catch (RuntimeException e) {
            LOG.warn("the failed terminal's screen could not be kept: {}", e.toString());
            fresh = new TerminalEngine(failed.columns(), failed.rows(), failed.scrollback().maxLines());
            fresh.setFeedTimeLimit(failed.feedTimeLimit());
        }
        writeBelow(fresh, "\u001b[0;7m" + NOTE + "\u001b[0m\r\n");
        return fresh;
    }

    /**
     * The failed engine's screen as a snapshot writes it, less the unfinished sequence a snapshot
     * ends with: that is likely what the engine failed on.
     */
    private static byte[] screenWithoutPending(TerminalEngine failed) {
        byte[] screen = ScreenSerializer.serialize(failed);
        int pending = failed.pendingBytes().length;
        return java.util.Arrays.copyOf(screen, screen.length - pending);
    }

    /**
     * Turns off every mode a program may have left on, then writes {@code styledText} from the
     * row below the last written one (scrolling up for room at the bottom).
     */
    public static void writeBelow(TerminalEngine engine, String styledText) {
        StringBuilder sb = new StringBuilder(PLAIN_MODES);
        List<String> rows = engine.screenLines();
        int last = rows.size() - 1;
        while (last >= 0 && rows.get(last).isEmpty()) {
            last--;
        }
        int row = Math.min(last + 2, engine.rows());
        sb.append("\u001b[").append(row).append(";1H");
        if (last + 2 > engine.rows()) {
            sb.append("\r\n");
        }
        sb.append(styledText);
        engine.feed(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
