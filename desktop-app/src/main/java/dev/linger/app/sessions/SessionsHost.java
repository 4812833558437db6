package dev.linger.app.sessions;

import dev.linger.app.agent.HostId;
import dev.linger.agent.protocol.SessionInfo;

import java.util.Set;

/** What the session manager asks of the app around it: which sessions are shown, and opening one. Event thread. */
public interface SessionsHost {
    /** The ids of {@code host}'s sessions that some pane shows. */
    Set<String> sessionIdsInPanes(HostId host);

    /** Focuses the pane that shows {@code info} (a session of {@code host}), else opens it as a tab. */
    void openAsTab(HostId host, SessionInfo info);
}
