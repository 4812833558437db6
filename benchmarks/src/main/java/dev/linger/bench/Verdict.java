package dev.linger.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * A figure held against its DESIGN.md target: what was measured in the target's terms, the
 * limit, their ratio, and PASS or FAIL. Never given a result: it computes it.
 */
final class Verdict {
    private final String target;
    private final String quantity;
    private final double measured;
    private final double limit;
    private final boolean atLeast;
    private final boolean strict;

    private Verdict(String target, String quantity, double measured, double limit, boolean atLeast, boolean strict) {
        this.target = target;
        this.quantity = quantity;
        this.measured = measured;
        this.limit = limit;
        this.atLeast = atLeast;
        this.strict = strict;
    }

    /** Passes when {@code measured <= limit}; {@code quantity} formats the measured value. */
    static Verdict atMost(String target, String quantity, double measured, double limit) {
        return new Verdict(target, quantity, measured, limit, false, false);
    }

    /** Passes when {@code measured < limit}. */
    static Verdict below(String target, String quantity, double measured, double limit) {
        return new Verdict(target, quantity, measured, limit, false, true);
    }

    /** Passes when {@code measured >= limit}. */
    static Verdict atLeast(String target, String quantity, double measured, double limit) {
        return new Verdict(target, quantity, measured, limit, true, false);
    }

    boolean pass() {
        return atLeast ? measured >= limit : strict ? measured < limit : measured <= limit;
    }

    private String comparison() {
        return atLeast ? ">=" : strict ? "<" : "<=";
    }

    String target() {
        return target;
    }

    /** The measured value in the target's terms, e.g. "p99 3.10 ms" or "2.21x tmux". */
    String measuredText() {
        return String.format(Locale.ROOT, quantity, measured);
    }

    /** measured / limit: at least 1 passes a "≥" target, at most 1 passes a "≤" one. */
    double ratio() {
        return measured / limit;
    }

    String ratioText() {
        return String.format(Locale.ROOT, "%.2f (%s 1)", ratio(), comparison());
    }

    ObjectNode json() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("target", target);
        n.put("measured", measured);
        n.put("limit", limit);
        n.put("comparison", comparison());
        n.put("ratio", ratio());
        n.put("result", pass() ? "PASS" : "FAIL");
        return n;
    }
}
