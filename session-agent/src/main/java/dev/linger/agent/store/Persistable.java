package dev.linger.agent.store;

/** A live session as the persister sees it. */
public interface Persistable {
    String id();

    /** Grows with every change worth saving; equal counts mean nothing new. */
    long changes();

    /**
     * Grows with every change of the terminal's content (output, resize), a part of
     * {@link #changes()}: while it stands still, the saved snapshot is current and only the
     * record needs writing (an attach or a rename must not rewrite 10,000 lines).
     */
    long screenChanges();

    /**
     * The session's record and, with {@code withSnapshot}, its snapshot keeping at most
     * {@code scrollbackLines} lines (without, {@link StoredSession#scrollback} and
     * {@link StoredSession#screen} are null).
     */
    StoredSession capture(int scrollbackLines, boolean withSnapshot);
}
