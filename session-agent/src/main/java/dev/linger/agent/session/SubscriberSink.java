package dev.linger.agent.session;

import com.fasterxml.jackson.databind.JsonNode;

/** Where a session sends an attached client's stream: implemented by the client's connection. */
public interface SubscriberSink {
    /**
     * Queues live output for a channel without ever blocking. Returns false when the client has
     * fallen behind: the output is dropped and the sink later asks the session for a resync.
     */
    boolean offerData(int channel, byte[] bytes);

    void sendSnapshot(int channel, byte[] encodedSnapshot);

    void sendEvent(String method, JsonNode params);
}
