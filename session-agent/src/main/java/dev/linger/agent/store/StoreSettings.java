package dev.linger.agent.store;

import java.time.Duration;

/** The agent's persistence settings, as stored in agent.db and set with {@code linger config}. */
public final class StoreSettings {
    public static final String PERSIST_SCROLLBACK = "persist-scrollback";
    public static final String TTL_DAYS = "ttl-days";
    public static final int DEFAULT_TTL_DAYS = 7;

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

    /** Checks a value before it is stored; the message says what is allowed. */
    public static String validate(String key, String value) {
        switch (key) {
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
                throw new IllegalArgumentException("unknown setting '" + key + "'; settings are " + PERSIST_SCROLLBACK
                        + " and " + TTL_DAYS);
        }
    }

    public static Duration ttl(String value) {
        return Duration.ofDays(value == null ? DEFAULT_TTL_DAYS : Integer.parseInt(value));
    }
}
