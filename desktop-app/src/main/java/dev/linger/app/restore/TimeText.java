package dev.linger.app.restore;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as people read them in lists: "just now", "5 min ago", "3 h ago", else a date. */
public final class TimeText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private TimeText() {
    }

    public static String ago(Instant t, Instant now) {
        if (t == null) {
            return "—";
        }
        Duration d = Duration.between(t, now);
        if (d.isNegative() || d.toSeconds() < 60) {
            return "just now";
        }
        if (d.toMinutes() < 60) {
            return d.toMinutes() + " min ago";
        }
        if (d.toHours() < 24) {
            return d.toHours() + " h ago";
        }
        if (d.toDays() < 7) {
            return d.toDays() + (d.toDays() == 1 ? " day ago" : " days ago");
        }
        return DATE.format(t);
    }
}
