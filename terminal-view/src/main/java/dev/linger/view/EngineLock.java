package dev.linger.view;

import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import dev.linger.term.TerminalEngine;

import java.util.function.Supplier;

/**
 * Work on the emulator's state under its lock. The connector's reader thread parses output under
 * that lock, moving lines into the scrollback and changing modes; everything the event thread
 * reads of them (lines, the cursor, the key encoder's modes) must be read under it too.
 */
final class EngineLock {
    private EngineLock() {
    }

    static void run(TerminalEngine engine, Runnable work) {
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            work.run();
        } finally {
            tb.unlock();
        }
    }

    static <T> T read(TerminalEngine engine, Supplier<T> work) {
        TerminalTextBuffer tb = engine.textBuffer();
        tb.lock();
        try {
            return work.get();
        } finally {
            tb.unlock();
        }
    }

    /** The core's encoding of a key with AWT's old-style modifier mask, or null; its modes are read under the lock. */
    static byte[] codeForKey(TerminalEngine engine, int keyCode, int modifiers) {
        return read(engine, () -> engine.terminal().getCodeForKey(keyCode, modifiers));
    }
}
