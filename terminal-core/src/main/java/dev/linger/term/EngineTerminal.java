package dev.linger.term;

import com.techsenger.jeditermfx.core.TerminalDisplay;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.JediTerminal;
import com.techsenger.jeditermfx.core.model.LinesBuffer;
import com.techsenger.jeditermfx.core.model.StoredCursor;
import com.techsenger.jeditermfx.core.model.StyleState;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;

import java.lang.reflect.Field;
import java.util.List;

/**
 * JediTerm's terminal model with the hooks Linger needs: history is handed to the scrollback
 * store before the screen switches to the alternate buffer, "clear scrollback" (ED 3) clears the
 * store too, strikethrough is kept in the pen (see {@link StruckTextStyle}), and the state
 * snapshots need but the core keeps private is read here.
 */
final class EngineTerminal extends JediTerminal {
    private static final Field SCROLL_TOP = field(JediTerminal.class, "myScrollRegionTop");
    private static final Field SCROLL_BOTTOM = field(JediTerminal.class, "myScrollRegionBottom");
    private static final Field STORED_CURSOR = field(JediTerminal.class, "myStoredCursor");
    private static final Field SCREEN_BACKUP = field(TerminalTextBuffer.class, "myScreenBufferBackup");

    private final TerminalEngine engine;

    EngineTerminal(TerminalEngine engine, TerminalDisplay display, TerminalTextBuffer buffer, StyleState style) {
        super(display, buffer, style);
        this.engine = engine;
    }

    @Override
    public void useAlternateBuffer(boolean enabled) {
        if (enabled && !getTerminalTextBuffer().isUsingAlternateBuffer()) {
            engine.drainHistory();
        }
        super.useAlternateBuffer(enabled);
    }

    @Override
    public void eraseInDisplay(int arg) {
        super.eraseInDisplay(arg);
        if (arg == 3) {
            engine.scrollback().clear();
        }
    }

    /**
     * Every SGR lands here with a pen the core rebuilt from a builder, which drops the strike
     * subclass: it is carried over, and the command the pre-pass puts after an SGR that turns
     * strikethrough on or off then sets it. Resets (RIS, DECSTR) and restore-cursor set the pen
     * without coming here, so they clear or restore strikethrough with the rest of the pen.
     */
    @Override
    public void characterAttributes(TextStyle style) {
        boolean struck = StruckTextStyle.isStruck(getStyleState().getCurrent());
        super.characterAttributes(struck ? StruckTextStyle.struck(style) : style);
    }

    @Override
    public void processCustomCommand(List<String> args) {
        if (args.size() == 2 && PrivateModeSplitter.STRIKE_COMMAND.equals(args.get(0))) {
            TextStyle pen = getStyleState().getCurrent();
            getStyleState().setCurrent("1".equals(args.get(1)) ? StruckTextStyle.struck(pen) : StruckTextStyle.plain(pen));
            return;
        }
        super.processCustomCommand(args);
    }

    /** Whether strikethrough is in the pen or in the saved cursor's pen, which DECRC brings back. */
    boolean strikeInUse() {
        if (StruckTextStyle.isStruck(getStyleState().getCurrent())) {
            return true;
        }
        StoredCursor saved = storedCursor();
        return saved != null && StruckTextStyle.isStruck(saved.getTextStyle());
    }

    /** 1-based top row of the scroll region. */
    int scrollRegionTop() {
        return readInt(SCROLL_TOP, 1);
    }

    /** 1-based bottom row of the scroll region. */
    int scrollRegionBottom() {
        return readInt(SCROLL_BOTTOM, getTerminalHeight());
    }

    StoredCursor storedCursor() {
        try {
            return (StoredCursor) STORED_CURSOR.get(this);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /** The main screen's lines while the alternate screen is shown. */
    LinesBuffer mainScreenWhileAlternate() {
        try {
            return (LinesBuffer) SCREEN_BACKUP.get(getTerminalTextBuffer());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the main screen of the emulator", e);
        }
    }

    private int readInt(Field f, int fallback) {
        try {
            return f.getInt(this);
        } catch (IllegalAccessException e) {
            return fallback;
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("emulator core changed: no field " + name + " in " + type.getName());
        }
    }
}
