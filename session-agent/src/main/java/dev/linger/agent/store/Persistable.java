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
     * Grows with every change of the scrollback, a part of {@link #screenChanges()}: while it
     * stands still only the screen of the saved snapshot needs writing (typing at a prompt must
     * not rewrite 10,000 lines twice a second).
     */
    long scrollbackChanges();

    /**
     * The session's record and, with {@code withSnapshot}, its screen and, with
     * {@code withScrollback} too, its scrollback keeping at most {@code scrollbackLines} lines
     * (what is left out is null in the {@link StoredSession}).
     */
    StoredSession capture(int scrollbackLines, boolean withSnapshot, boolean withScrollback);
}
