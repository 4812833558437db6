package dev.linger.agent.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds the working directory shells report with OSC 7 ({@code ESC ] 7 ; file://host/path BEL}),
 * which the emulator core ignores. A report split across reads is completed by the next one.
 */
final class Osc7Scanner {
    private static final byte[] START = {0x1b, ']', '7', ';'};
    private static final int MAX_REPORT = 4096;
    private byte[] carry = new byte[0];

    /** The last directory reported in these bytes, if any. */
    Optional<String> scan(byte[] buf, int off, int len) {
        byte[] data;
        if (carry.length > 0) {
            data = new byte[carry.length + len];
            System.arraycopy(carry, 0, data, 0, carry.length);
            System.arraycopy(buf, off, data, carry.length, len);
        } else if (mayHoldReport(buf, off, len)) {
            data = Arrays.copyOfRange(buf, off, off + len);
        } else {
            return Optional.empty();
        }
        carry = new byte[0];
        Optional<String> found = Optional.empty();
        int i = 0;
        while (true) {
            int start = find(data, i);
            if (start < 0) {
                keepPartialMarker(data);
                return found;
            }
            int body = start + START.length;
            int term = body;
            while (term < data.length && data[term] != 7 && data[term] != 0x1b) {
                term++;
            }
            if (term >= data.length) {
                if (data.length - start <= MAX_REPORT) {
                    carry = Arrays.copyOfRange(data, start, data.length);
                }
                return found;
            }
            Optional<String> dir = parse(new String(data, body, term - body, StandardCharsets.UTF_8));
            if (dir.isPresent()) {
                found = dir;
            }
            i = term + 1;
        }
    }

    static Optional<String> parse(String url) {
        try {
            URI uri = new URI(url);
            if (!"file".equals(uri.getScheme()) || uri.getPath() == null || uri.getPath().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(uri.getPath());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private void keepPartialMarker(byte[] data) {
        for (int k = START.length - 1; k >= 1; k--) {
            if (data.length >= k && Arrays.equals(data, data.length - k, data.length, START, 0, k)) {
                carry = Arrays.copyOf(START, k);
                return;
            }
        }
    }

    private static int find(byte[] data, int from) {
        for (int i = from; i + START.length <= data.length; i++) {
            if (data[i] == 0x1b && data[i + 1] == ']' && data[i + 2] == '7' && data[i + 3] == ';') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether an OSC (ESC ]) starts here, or an ESC ends these bytes: most output is colour, full
     * of ESC [, and is passed over without a copy.
     */
    private static boolean mayHoldReport(byte[] buf, int off, int len) {
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (buf[i] == 0x1b && (i + 1 >= end || buf[i + 1] == ']')) {
                return true;
            }
        }
        return false;
    }
}
