package dev.linger.app.sessions;

import dev.linger.app.agent.AgentConnection;
import dev.linger.agent.protocol.SessionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sessions nobody looks at any more: in no pane, without a client, and last attached (or created)
 * longer ago than a number of days. The session manager's Clean Up and the launch's detached-session
 * TTL both pick them here.
 */
public final class DetachedCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(DetachedCleanup.class);

    private DetachedCleanup() {
    }

    /** Sessions in no pane and without clients whose last attach (or creation) is older than {@code age}. */
    public static List<SessionInfo> stale(List<SessionInfo> sessions, Set<String> inPanes, Duration age, Instant now) {
        List<SessionInfo> out = new ArrayList<>();
        for (SessionInfo s : sessions) {
            Instant last = s.lastAttached() != null ? s.lastAttached() : s.created();
            if (!inPanes.contains(s.id()) && s.clients() == 0 && last != null && last.isBefore(now.minus(age))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Kills, on {@code connection}'s agent, its stale sessions that are not in {@code shown}; off the event thread. */
    public static void killStale(AgentConnection connection, Set<String> shown, int days) {
        connection.async(() -> {
            for (SessionInfo s : stale(connection.sessions().list(), shown, Duration.ofDays(days), Instant.now())) {
                LOG.info("session {} ({}) detached for more than {} days: killed", s.name(), s.id(), days);
                connection.sessions().kill(s.id());
            }
            return null;
        });
    }
}
