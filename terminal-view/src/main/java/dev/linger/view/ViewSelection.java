package dev.linger.view;

import dev.linger.term.TerminalEngine;

/**
 * A {@link TerminalView}'s selection: the cells selected, in absolute lines so the selection
 * stays on its text while output scrolls it up; the text it covers; and, through the
 * {@link SelectionGuard}, whether output has since overwritten that text (a frame then drops
 * it). Event thread only.
 */
final class ViewSelection {
    private final TerminalEngine engine;
    private final LineSource lines;
    private final FrameScheduler frames;
    private final SelectionGuard guard = new SelectionGuard();
    private SelectionText text;
    private Selection current;

    ViewSelection(TerminalEngine engine, LineSource lines, FrameScheduler frames) {
        this.engine = engine;
        this.lines = lines;
        this.frames = frames;
    }

    /** Reads text with the view's colours (they decide which cells are blank): on every theme change. */
    void useColors(ColorScheme colors) {
        text = new SelectionText(lines, colors);
    }

    /** Words, lines and selected text, for the mouse's double and triple clicks. */
    SelectionText text() {
        return text;
    }

    Selection current() {
        return current;
    }

    /** Selects {@code s} (null or empty: nothing) and asks for a frame to show it. */
    void set(Selection s) {
        current = s == null || s.isEmpty() ? null : s;
        EngineLock.run(engine, () -> guard.remember(current, lines.totalAppended(), engine.columns(), text));
        frames.request();
    }

    /** Forgets the selection without a frame of its own (the caller repaints, or is a frame). */
    void drop() {
        current = null;
    }

    void selectAll() {
        EngineLock.run(engine, () -> set(new Selection(new GridPos(lines.firstLine(), 0),
                new GridPos(lines.endLine() - 1, engine.columns()), false)));
    }

    /** The selected text, "" without a selection. */
    String selectedText() {
        Selection s = current;
        if (s == null) {
            return "";
        }
        return EngineLock.read(engine, () -> text.text(s, engine.columns()));
    }

    /** A frame, holding the lock: drops the selection if output overwrote its text. */
    void dropIfOverwritten(long totalAppended) {
        if (current != null && guard.overwritten(current, totalAppended, engine.columns(), text)) {
            current = null;
        }
    }
}
