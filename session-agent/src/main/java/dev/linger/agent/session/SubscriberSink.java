package dev.linger.agent.session;

/** Where a session sends an attached client's stream: implemented by the client's connection. */
public interface SubscriberSink {
    /**
     * Queues live output for a channel without ever blocking. Returns false when the client has
     * fallen behind: the output is dropped and the sink later asks the session for a resync.
     */
    boolean offerData(int channel, byte[] bytes);

    void sendSnapshot(int channel, byte[] encodedSnapshot);

    /** An event of session {@code session} for the client attached on {@code channel}. */
    void sendEvent(int channel, String session, SessionEvent event);
}
