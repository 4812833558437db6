package dev.linger.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The run as a text table: one row per figure, Linger beside tmux and a direct PTY, then notes. */
final class ResultTable {
    private static final String[] HEADERS = {
        "figure", "Linger", "tmux", "direct PTY", "target", "measured", "measured/target", "result",
    };
    /** Shown only when a figure compared screens (the vte benchmark). */
    private static final String SCREEN_HEADER = "screen vs tmux";

    private ResultTable() {
    }

    static void print(Results results, PrintStream out) {
        for (Map.Entry<String, String> f : results.facts().entrySet()) {
            out.println(f.getKey() + ": " + f.getValue());
        }
        out.println("Latencies in ms as median / p99 (nearest rank).");
        out.println();
        boolean screens = results.figures().stream().anyMatch(f -> f.screen() != null);
        List<String[]> rows = new ArrayList<>();
        rows.add(screens ? withColumn(HEADERS, SCREEN_HEADER) : HEADERS);
        for (Figure f : results.figures()) {
            Verdict v = f.verdict();
            String[] row = {
                f.name(), f.linger().text(), f.tmux().text(), f.direct().text(),
                v == null ? "-" : v.target(), v == null ? "-" : v.measuredText(),
                v == null ? "-" : v.ratioText(), v == null ? "info" : v.pass() ? "PASS" : "FAIL",
            };
            rows.add(screens ? withColumn(row, f.screen() == null ? "-" : f.screen()) : row);
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (int n = 0; n < rows.size(); n++) {
            out.println(line(rows.get(n), widths));
            if (n == 0) {
                StringBuilder sep = new StringBuilder();
                for (int i = 0; i < widths.length; i++) {
                    sep.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
                }
                out.println(sep);
            }
        }
        out.println();
        for (Figure f : results.figures()) {
            if (f.note() != null && !f.note().isEmpty()) {
                out.println("- " + f.name() + ": " + f.note());
            }
        }
        for (Map.Entry<String, String> e : results.errors().entrySet()) {
            out.println("ERROR in " + e.getKey() + ": " + e.getValue());
        }
        long pass = results.figures().stream().filter(f -> f.verdict() != null && f.verdict().pass()).count();
        long fail = results.figures().stream().filter(f -> f.verdict() != null && !f.verdict().pass()).count();
        out.println();
        out.println("targets: " + pass + " PASS, " + fail + " FAIL" + (results.errors().isEmpty() ? ""
                : ", " + results.errors().size() + " benchmark(s) did not finish"));
    }

    private static String[] withColumn(String[] row, String cell) {
        String[] out = java.util.Arrays.copyOf(row, row.length + 1);
        out[row.length] = cell;
        return out;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            sb.append(cells[i]).append(" ".repeat(widths[i] - cells[i].length()));
        }
        return sb.toString().stripTrailing();
    }
}
