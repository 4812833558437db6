package dev.linger.term.hostile;

import java.util.SplittableRandom;

/**
 * Parameter strings for escape sequences that a careless emulator turns into huge loops,
 * negative indexes or big allocations: integers past 32 and 64 bits, negatives, zero, empty
 * fields, colon sub-parameters and lists of hundreds of fields. Plain small values are mixed
 * in so that the hostile ones also land in the middle of ordinary state.
 */
final class HostileParameters {
    private static final String[] ODD = {
        "", "0", "1", "2", "3", "-1", "-2147483648", "2147483647", "2147483648", "4294967295", "4294967296",
        "9223372036854775807", "99999999999999999999999999", "65535", "65536", "32767", "32768", "10000",
        "1000000", "00000000000000000000001", "1:2:3", "38:2::255:0:0", "::::", "+5", "1e9", "0x10",
    };

    private final SplittableRandom random;

    HostileParameters(SplittableRandom random) {
        this.random = random;
    }

    /** One parameter: odd about half the time, else a small ordinary number. */
    String one() {
        if (random.nextBoolean()) {
            return ODD[random.nextInt(ODD.length)];
        }
        return Integer.toString(random.nextInt(300));
    }

    /** A parameter list: none, one, a few, or hundreds of fields (some of them empty). */
    String list() {
        int shape = random.nextInt(10);
        if (shape == 0) {
            return "";
        }
        int count = shape < 6 ? 1 : shape < 9 ? 2 + random.nextInt(4) : 50 + random.nextInt(600);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(';');
            }
            sb.append(one());
        }
        return sb.toString();
    }
}
