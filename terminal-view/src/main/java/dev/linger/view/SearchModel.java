package dev.linger.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Find in scrollback: every match of a query in history and screen, newest last, and which one is
 * current. Matches are kept in absolute line numbers, so they stay on their text as output
 * scrolls. Used on the event thread; {@link #search} reads lines under the emulator's lock.
 */
public final class SearchModel {
    /** A match at cells [startCol, endCol) of absolute line {@code line}. */
    public record Match(long line, int startCol, int endCol) {
    }

    private static final int MAX_MATCHES = 100_000;

    private Pattern pattern;
    private List<Match> matches = Collections.emptyList();
    private int current = -1;

    public boolean active() {
        return pattern != null;
    }

    public Pattern pattern() {
        return pattern;
    }

    public List<Match> matches() {
        return matches;
    }

    public Match current() {
        return current >= 0 && current < matches.size() ? matches.get(current) : null;
    }

    /** 1-based number of the current match counted from the oldest, or 0. */
    public int currentNumber() {
        return current() == null ? 0 : current + 1;
    }

    public static Pattern compile(String query, boolean matchCase) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        int flags = matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return Pattern.compile(Pattern.quote(query), flags);
    }

    /** Finds all matches; the newest becomes current. Caller holds the emulator's lock. */
    public void search(Pattern query, LineSource lines, ColorScheme colors, int columns) {
        pattern = query;
        current = -1;
        if (query == null) {
            matches = Collections.emptyList();
            return;
        }
        List<Match> found = new ArrayList<>();
        CellRow row = new CellRow();
        for (long abs = lines.firstLine(), end = lines.endLine(); abs < end && found.size() < MAX_MATCHES; abs++) {
            row.load(lines.line(abs), columns, colors);
            collect(query, row, abs, found);
        }
        matches = found;
        current = found.size() - 1;
    }

    /** Matches of {@code query} in one row, appended to {@code out}. */
    static void collect(Pattern query, CellRow row, long abs, List<Match> out) {
        RowText text = RowText.of(row);
        Matcher m = query.matcher(text.text);
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            out.add(new Match(abs, text.column(m.start()), text.endColumn(m.end(), row)));
        }
    }

    /** Moves to the next older match (up), wrapping to the newest. */
    public Match older() {
        if (matches.isEmpty()) {
            return null;
        }
        current = current <= 0 ? matches.size() - 1 : current - 1;
        return matches.get(current);
    }

    /** Moves to the next newer match (down), wrapping to the oldest. */
    public Match newer() {
        if (matches.isEmpty()) {
            return null;
        }
        current = current >= matches.size() - 1 ? 0 : current + 1;
        return matches.get(current);
    }

    public void clear() {
        pattern = null;
        matches = Collections.emptyList();
        current = -1;
    }
}
