package dev.linger.agent.home;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The kernel lock that makes an agent the only one for its home. The OS drops it when the
 * process dies, however it dies, so a lock left by a killed agent is never stale.
 */
public final class AgentLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private AgentLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, with this process's pid written in it, or empty when another agent holds it. */
    public static Optional<AgentLock> tryAcquire(LingerHome home) throws IOException {
        FileChannel channel = FileChannel.open(home.lockFile(), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        LingerHome.makePrivateFile(home.lockFile());
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return Optional.of(new AgentLock(channel, lock));
    }

    /** The pid written by whoever holds (or last held) the lock. */
    public static Optional<Long> holderPid(LingerHome home) {
        try {
            String text = Files.readString(home.lockFile(), StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
