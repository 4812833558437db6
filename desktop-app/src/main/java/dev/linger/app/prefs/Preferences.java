package dev.linger.app.prefs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The user's settings, as stored in desktop.db's {@code prefs} table (text keys and values);
 * unknown or unreadable values fall back to the defaults. Scrollback is not among them: it is
 * the agent's setting, which the preferences dialog shows and sets ({@link dev.linger.app.agent.AgentSettings}).
 */
public record Preferences(Theme theme, String fontFamily, float fontSize, String shell,
                          RestoreMode restore, CloseConfirm closeConfirm, int detachedTtlDays) {

    public enum Theme { SYSTEM, LIGHT, DARK }

    /** What happens at launch when there is something to restore. */
    public enum RestoreMode { ASK, ALWAYS, NEVER }

    /** When closing a pane asks first. */
    public enum CloseConfirm { WHEN_RUNNING, ALWAYS, NEVER }

    public static final Preferences DEFAULTS = new Preferences(Theme.SYSTEM, "", 0f, "", RestoreMode.ASK,
            CloseConfirm.WHEN_RUNNING, 0);

    static final String THEME = "theme";
    static final String FONT_FAMILY = "font.family";
    static final String FONT_SIZE = "font.size";
    static final String SHELL = "shell";
    static final String RESTORE = "restore";
    static final String CLOSE_CONFIRM = "close.confirm";
    static final String DETACHED_TTL = "detached.ttl.days";

    public Preferences {
        fontFamily = fontFamily == null ? "" : fontFamily.strip();
        fontSize = fontSize <= 0 ? 0f : Math.max(6f, Math.min(72f, fontSize));
        shell = shell == null ? "" : shell.strip();
        detachedTtlDays = Math.max(0, Math.min(3650, detachedTtlDays));
    }

    public static Preferences fromMap(Map<String, String> m) {
        Preferences d = DEFAULTS;
        return new Preferences(
                parseEnum(Theme.class, m.get(THEME), d.theme),
                m.getOrDefault(FONT_FAMILY, d.fontFamily),
                (float) parseDouble(m.get(FONT_SIZE), d.fontSize),
                m.getOrDefault(SHELL, d.shell),
                parseEnum(RestoreMode.class, m.get(RESTORE), d.restore),
                parseEnum(CloseConfirm.class, m.get(CLOSE_CONFIRM), d.closeConfirm),
                (int) parseDouble(m.get(DETACHED_TTL), d.detachedTtlDays));
    }

    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(THEME, theme.name().toLowerCase(Locale.ROOT));
        m.put(FONT_FAMILY, fontFamily);
        m.put(FONT_SIZE, fontSize == 0f ? "0" : Float.toString(fontSize));
        m.put(SHELL, shell);
        m.put(RESTORE, restore.name().toLowerCase(Locale.ROOT));
        m.put(CLOSE_CONFIRM, closeConfirm.name().toLowerCase(Locale.ROOT));
        m.put(DETACHED_TTL, Integer.toString(detachedTtlDays));
        return m;
    }

    public Preferences withRestore(RestoreMode mode) {
        return new Preferences(theme, fontFamily, fontSize, shell, mode, closeConfirm, detachedTtlDays);
    }

    /** The default shell as a command line split into words ('…' and "…" group); empty: the login shell. */
    public List<String> shellCommand() {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (int i = 0; i < shell.length(); i++) {
            char c = shell.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(cur.toString());
        }
        return words;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static double parseDouble(String value, double fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
