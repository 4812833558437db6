package dev.linger.view;

import dev.linger.term.TerminalEngine;

import java.util.regex.Pattern;

/**
 * Find in a {@link TerminalView}'s history and screen, for its {@link FindBar}: runs the
 * {@link SearchModel} under the emulator's lock and scrolls the current match into view. The
 * {@link FrameRenderer} highlights the matches. Event thread only.
 */
final class ViewFind {
    private final TerminalView view;
    private final TerminalEngine engine;
    private final LineSource lines;
    private final ViewScroller scroller;
    private final SearchModel search;

    ViewFind(TerminalView view, TerminalEngine engine, LineSource lines, ViewScroller scroller, SearchModel search) {
        this.view = view;
        this.engine = engine;
        this.lines = lines;
        this.scroller = scroller;
        this.search = search;
    }

    /** Searches history and screen; the newest match becomes current and is scrolled into view. */
    int find(String query, boolean matchCase) {
        Pattern p = SearchModel.compile(query, matchCase);
        EngineLock.run(engine, () -> search.search(p, lines, view.colorScheme(), engine.columns()));
        reveal(search.current());
        return search.matches().size();
    }

    /** Moves to the next older match and scrolls to it. */
    SearchModel.Match older() {
        return reveal(search.older());
    }

    /** Moves to the next newer match and scrolls to it. */
    SearchModel.Match newer() {
        return reveal(search.newer());
    }

    void end() {
        search.clear();
        view.repaintAll();
    }

    SearchModel model() {
        return search;
    }

    private SearchModel.Match reveal(SearchModel.Match m) {
        if (m != null) {
            scroller.reveal(m.line(), engine.rows());
        }
        view.repaintAll();
        return m;
    }
}
