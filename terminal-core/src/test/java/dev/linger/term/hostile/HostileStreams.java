package dev.linger.term.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.SplittableRandom;

/**
 * Structured hostile terminal output, the same for the same seed: {@link HostileSequences}
 * mixed with {@link Utf8EdgeCases} and ordinary newlines. Tests feed it to an engine directly,
 * or write it to a file that a shell in a session {@code cat}s, so that it reaches the agent,
 * the CLI's mirror and the app's widget the way a corrupted log or a malicious file would.
 *
 * <p>From the command line (test classpath): {@code HostileStreams FILE MEGABYTES [SEED]}.
 */
public final class HostileStreams {
    private final SplittableRandom random;
    private final HostileSequences sequences;
    private final Utf8EdgeCases text;

    public HostileStreams(long seed) {
        this.random = new SplittableRandom(seed);
        this.sequences = new HostileSequences(random);
        this.text = new Utf8EdgeCases(random);
    }

    /** The next {@code pieces} pieces of the stream. */
    public byte[] next(int pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pieces * 32);
        for (int i = 0; i < pieces; i++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                sequences.append(out);
            } else if (kind < 9) {
                text.append(out);
            } else {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    /** Writes exactly {@code bytes} bytes of the stream. */
    public void write(OutputStream out, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            byte[] chunk = next(256);
            int n = (int) Math.min(left, chunk.length);
            out.write(chunk, 0, n);
            left -= n;
        }
    }

    /** Writes {@code bytes} bytes of the stream for {@code seed} to {@code file}. */
    public static Path writeFile(Path file, long bytes, long seed) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new HostileStreams(seed).write(out, bytes);
        }
        return file;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: HostileStreams FILE MEGABYTES [SEED]  (writes that much hostile terminal output to FILE)");
            System.exit(2);
        }
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 17;
        Path file = writeFile(Paths.get(args[0]), Long.parseLong(args[1]) << 20, seed);
        System.out.println("wrote " + Files.size(file) + " bytes (seed " + seed + ") to " + file);
    }
}
