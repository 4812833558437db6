package dev.linger.term;

/**
 * Thrown out of {@link TerminalEngine#feed} when one feed has run past the engine's time limit
 * ({@link TerminalEngine#setFeedTimeLimit}): the core was looping on the output. The engine is
 * then in no state to go on; its owner starts it over ({@link EngineRestart#after}).
 */
public final class FeedTimeoutException extends RuntimeException {
    FeedTimeoutException(long limitMillis, int bytes) {
        super("one feed of " + bytes + " bytes ran past " + limitMillis + " ms");
    }
}
