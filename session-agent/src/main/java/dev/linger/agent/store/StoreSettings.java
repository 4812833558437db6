package dev.linger.agent.store;

import java.time.Duration;

/**
 * The agent's settings, as stored in agent.db and set with {@code linger config}: the one place
 * each is named, checked and defaulted.
 *
 * <p>{@code scrollback} is how many lines each session keeps in memory (and every attached
 * client with it); {@code persist-scrollback} is how much of that is written to agent.db, so a
 * user can keep a long history on screen without putting it on disk.
 */
public final class StoreSettings {
    public static final String SCROLLBACK = "scrollback";
    public static final String PERSIST_SCROLLBACK = "persist-scrollback";
    public static final String TTL_DAYS = "ttl-days";
    public static final int DEFAULT_TTL_DAYS = 7;
    /** Lines of scrollback per session when nothing else is set. */
    public static final int DEFAULT_SCROLLBACK = 10_000;
    /** The most lines of scrollback a session may keep. */
    public static final int MAX_SCROLLBACK = 1_000_000;

    private StoreSettings() {
    }

    /** Lines of scrollback to persist for a value of persist-scrollback: on (all), off (none) or N. */
    public static int scrollbackLines(String value) {
        if (value == null || value.equalsIgnoreCase("on")) {
            return Integer.MAX_VALUE;
        }
        if (value.equalsIgnoreCase("off")) {
            return 0;
        }
        return Integer.parseInt(value);
    }

    /** Lines of scrollback for a stored value of {@code scrollback}; the default when none is stored. */
    public static int scrollback(String value) {
        return value == null ? DEFAULT_SCROLLBACK : Integer.parseInt(value);
    }

    /** Checks a value before it is stored; the message says what is allowed. */
    public static String validate(String key, String value) {
        value = value.strip();
        switch (key) {
            case SCROLLBACK:
                if (value.matches("\\d{1,7}") && Integer.parseInt(value) <= MAX_SCROLLBACK) {
                    return Integer.toString(Integer.parseInt(value));
                }
                throw new IllegalArgumentException(SCROLLBACK + " takes a whole number of lines from 0 to " + MAX_SCROLLBACK
                        + ", not '" + value + "'");
            case PERSIST_SCROLLBACK:
                if (value.equalsIgnoreCase("on") || value.equalsIgnoreCase("off")) {
                    return value.toLowerCase();
                }
                if (value.matches("\\d{1,9}")) {
                    return Integer.toString(Integer.parseInt(value));
                }
                throw new IllegalArgumentException(PERSIST_SCROLLBACK + " takes on, off or a number of lines, not '" + value + "'");
            case TTL_DAYS:
                if (value.matches("\\d{1,5}") && Integer.parseInt(value) > 0) {
                    return Integer.toString(Integer.parseInt(value));
                }
                throw new IllegalArgumentException(TTL_DAYS + " takes a whole number of days of at least 1, not '" + value + "'");
            default:
                throw new IllegalArgumentException("unknown setting '" + key + "'; settings are " + SCROLLBACK + ", "
                        + PERSIST_SCROLLBACK + " and " + TTL_DAYS);
        }
    }

    public static Duration ttl(String value) {
        return Duration.ofDays(value == null ? DEFAULT_TTL_DAYS : Integer.parseInt(value));
    }
}
