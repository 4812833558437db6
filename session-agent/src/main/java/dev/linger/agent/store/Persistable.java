package dev.linger.agent.store;

/** A live session as the persister sees it. */
public interface Persistable {
    String id();

    /** Grows with every change worth saving; equal counts mean nothing new. */
    long changes();

    /** The session's record and snapshot, keeping at most {@code scrollbackLines} lines. */
    StoredSession capture(int scrollbackLines);
}
