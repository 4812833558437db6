package dev.linger.bench;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What else held the machine while a figure was measured: the hypervisor, running other guests
 * on our vCPUs ({@link StealClock}), and the agent's garbage collector ({@link GcCounters}).
 * Started just before the measured stretch; its note is read just after.
 */
final class Interference {
    private final long agentPid;
    private final StealClock steal;
    private final GcCounters gc;

    private Interference(long agentPid) {
        this.agentPid = agentPid;
        this.gc = GcCounters.read(agentPid);
        this.steal = StealClock.read();
    }

    static Interference start(long agentPid) {
        return new Interference(agentPid);
    }

    /** "vCPU steal during it: 0.70% of CPU time; agent GC during it: 2 young (0.01 s), 0 full (0.00 s)"; what could not be read is left out. */
    String note() {
        String s = StealClock.during(steal, StealClock.read());
        String g = GcCounters.during(gc, GcCounters.read(agentPid));
        return Stream.of(s, g).filter(part -> !part.isEmpty()).collect(Collectors.joining("; "));
    }
}
