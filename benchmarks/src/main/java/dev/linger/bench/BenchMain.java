package dev.linger.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code linger-bench [which] [--json]}: runs the benchmarks and prints Linger beside tmux and a direct PTY. */
@Command(name = "linger-bench", mixinStandardHelpOptions = true,
        description = "Measures the Linger session agent beside tmux and a direct PTY, in one run, against "
                + "the performance targets of DESIGN.md.")
public final class BenchMain implements Callable<Integer> {
    private static final Map<String, Bench> BENCHES = new LinkedHashMap<>();

    static {
        for (Bench b : List.of(new ThroughputBench(), new AttachBench(), new EchoBench(), new MemoryBench(),
                new ScaleBench(), new CreateBench(), new VteBench())) {
            BENCHES.put(b.name(), b);
        }
    }

    @Parameters(index = "0", defaultValue = "all", paramLabel = "WHICH",
            description = "throughput, attach, echo, memory, scale, create, vte or all (default), or several separated by commas")
    private String which;

    @Option(names = "--json", description = "print the results as JSON instead of a table")
    private boolean json;

    @Option(names = "--quick", description = "fewer samples and smaller files: to try the program, not for figures")
    private boolean quick;

    @Option(names = "--agent-jvm-opt", paramLabel = "OPT",
            description = "extra JVM option for the agents started (repeatable), e.g. -XX:StartFlightRecording=...")
    private List<String> agentJvmOptions = new ArrayList<>();

    @Option(names = "--diagnose", paramLabel = "DIR",
            description = "write jcmd reports of the agents (class histogram; native memory with "
                    + "--agent-jvm-opt=-XX:NativeMemoryTracking=summary) and smaps to DIR at each memory checkpoint")
    private java.nio.file.Path diagnoseDir;

    @Option(names = "--vte-mb", paramLabel = "MB",
            description = "size of vte's plain-text workload in MB, the others being shares of it (default "
                    + VteOptions.DEFAULT_MB + ", " + VteOptions.QUICK_MB + " with --quick)")
    private Integer vteMegabytes;

    @Option(names = "--vte-rounds", paramLabel = "N",
            description = "measured rounds of vte, each running every workload on every system (default "
                    + VteOptions.DEFAULT_ROUNDS + ", " + VteOptions.QUICK_ROUNDS + " with --quick)")
    private Integer vteRounds;

    @Option(names = "--vte-workloads", paramLabel = "LIST",
            description = "vte workloads to run, separated by commas: plain, dense-cells, cursor-motion, scroll-region, "
                    + "light-cells, unicode (default: all)")
    private String vteWorkloads;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "1800",
            description = "stop everything and exit with status 3 after this long (default ${DEFAULT-VALUE})")
    private int timeLimitSeconds;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Bench> selected = select();
        VteOptions vte;
        try {
            vte = VteOptions.of(quick, vteMegabytes, vteRounds, vteWorkloads);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
        BenchContext ctx = new BenchContext(quick, agentJvmOptions, diagnoseDir, vte);
        Thread hook = new Thread(() -> ctx.cleanup().unwindTo(0), "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        startWatchdog(ctx);
        Results results = new Results();
        double startLoad = ProcStatus.loadAverage();
        StealClock startSteal = StealClock.read();
        facts(results);
        DirectPty.warmUp(ctx);
        if (TmuxDriver.version() == null) {
            Log.info("tmux is not installed: its column stays empty (apt-get install -y tmux)");
        }
        for (Bench b : selected) {
            int mark = ctx.cleanup().size();
            Log.info("== %s", b.name());
            try {
                b.run(ctx, results);
            } catch (Exception | Error e) {
                Log.info("%s failed: %s", b.name(), e);
                e.printStackTrace();
                results.error(b.name(), e);
            } finally {
                ctx.cleanup().unwindTo(mark);
            }
        }
        ctx.cleanup().unwindTo(0);
        Runtime.getRuntime().removeShutdownHook(hook);
        results.fact("load average (1 min)", String.format(java.util.Locale.ROOT,
                "%.2f at start, %.2f at end (above ~0.5, other processes share the 2 cores: expect noise)",
                startLoad, ProcStatus.loadAverage()));
        double steal = StealClock.percent(startSteal, StealClock.read());
        if (!Double.isNaN(steal)) {
            results.fact("vCPU steal", String.format(java.util.Locale.ROOT, "%.2f%% of CPU time over the run (the host "
                    + "running other guests on our vCPUs; near 1%% it reaches a p99 by itself)", steal));
        }
        if (json) {
            ResultJson.print(results, System.out);
        } else {
            ResultTable.print(results, System.out);
        }
        return results.errors().isEmpty() ? 0 : 1;
    }

    private List<Bench> select() {
        List<Bench> out = new ArrayList<>();
        for (String name : which.split(",")) {
            String n = name.trim();
            if (n.equals("all")) {
                out.addAll(BENCHES.values());
            } else if (BENCHES.containsKey(n)) {
                out.add(BENCHES.get(n));
            } else {
                throw new CommandLine.ParameterException(new CommandLine(this), "unknown benchmark '" + n
                        + "'; choose from " + String.join(", ", BENCHES.keySet()) + " or all");
            }
        }
        return out;
    }

    private void facts(Results results) {
        results.fact("run", Instant.now().toString() + (quick ? " (QUICK: fewer samples, not for publishing)" : ""));
        results.fact("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version"));
        String tmux = TmuxDriver.version();
        results.fact("tmux", tmux == null ? "not installed" : tmux + " (private socket, -f /dev/null, status off, history-limit 10000)");
        results.fact("agent JVM", String.join(" ", AgentSpawner.launcherJvmOptions())
                + (agentJvmOptions.isEmpty() ? "" : " + " + String.join(" ", agentJvmOptions)));
    }

    /** The run is bounded: past the limit, clean up and leave. */
    private void startWatchdog(BenchContext ctx) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(timeLimitSeconds * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            Log.info("time limit of %d s reached: cleaning up and exiting", timeLimitSeconds);
            ctx.cleanup().unwindTo(0);
            Runtime.getRuntime().halt(3);
        }, "bench-watchdog");
        t.setDaemon(true);
        t.start();
    }
}
