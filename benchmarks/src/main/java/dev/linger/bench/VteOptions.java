package dev.linger.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code vte} benchmark's size, rounds and workloads, from the command line, with the defaults
 * in one place: 100 MB of plain text and 5 rounds (10 MB and 3 with {@code --quick}), every workload.
 */
record VteOptions(int megabytes, int rounds, List<VteWorkload> workloads) {
    static final int DEFAULT_MB = 100;
    static final int QUICK_MB = 10;
    static final int DEFAULT_ROUNDS = 5;
    static final int QUICK_ROUNDS = 3;

    /** Null arguments take the defaults; bad values throw with what was wrong and what is allowed. */
    static VteOptions of(boolean quick, Integer megabytes, Integer rounds, String workloads) {
        int mb = megabytes != null ? megabytes : quick ? QUICK_MB : DEFAULT_MB;
        int n = rounds != null ? rounds : quick ? QUICK_ROUNDS : DEFAULT_ROUNDS;
        if (mb < 1 || n < 1) {
            throw new IllegalArgumentException("--vte-mb and --vte-rounds must be at least 1 (got " + mb + " and " + n + ")");
        }
        List<VteWorkload> selected = new ArrayList<>();
        if (workloads == null || workloads.isBlank()) {
            selected.addAll(Arrays.asList(VteWorkload.values()));
        } else {
            for (String name : workloads.split(",")) {
                selected.add(workload(name.trim()));
            }
        }
        return new VteOptions(mb, n, List.copyOf(selected));
    }

    /** A workload by its option name: {@code dense-cells} for DENSE_CELLS. */
    static String optionName(VteWorkload w) {
        return w.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static VteWorkload workload(String name) {
        for (VteWorkload w : VteWorkload.values()) {
            if (optionName(w).equals(name)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown vte workload '" + name + "'; choose from "
                + Arrays.stream(VteWorkload.values()).map(VteOptions::optionName).collect(Collectors.joining(", ")));
    }
}
