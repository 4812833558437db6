package dev.linger.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Memory per session: resident memory of the agent (after full GCs) or of the tmux server, before
 * and after adding N idle shells, or M sessions that each printed 12,000 coloured lines; the
 * difference divided by the count. Each measure has its own fresh agent or server, warmed by one
 * session of the same kind made and killed first.
 */
final class MemoryBench implements Bench {
    private static final double KB = 1024.0;
    private static final double MB = 1024.0 * 1024.0;

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public void run(BenchContext ctx, Results results) throws Exception {
        int idle = ctx.quick() ? 20 : 100;
        int filled = ctx.quick() ? 5 : 20;
        Path fill = ctx.fillFile();
        boolean haveTmux = TmuxDriver.version() != null;

        double lingerIdle = lingerIdle(ctx, idle) / idle / KB;
        double tmuxIdle = haveTmux ? tmuxIdle(ctx, idle) / idle / KB : Double.NaN;
        results.add(new Figure(name(), "memory per idle session, KB", Cell.value(lingerIdle, 0),
                haveTmux ? Cell.value(tmuxIdle, 0) : Cell.none("no tmux"), Figure.NA,
                Verdict.atMost("<= 200 KB", "%.0f KB", lingerIdle, 200),
                String.format(Locale.ROOT, "RSS delta of the agent / tmux server over %d idle 'sh' sessions, / %d", idle, idle)));

        double lingerFilled = lingerFilled(ctx, fill, filled) / filled / MB;
        double tmuxFilled = haveTmux ? tmuxFilled(ctx, fill, filled) / filled / MB : Double.NaN;
        results.add(new Figure(name(), "memory per 10k-line session, MB", Cell.value(lingerFilled, 2),
                haveTmux ? Cell.value(tmuxFilled, 2) : Cell.none("no tmux"), Figure.NA,
                Verdict.atMost("<= 2.2 MB", "%.2f MB", lingerFilled, 2.2),
                String.format(Locale.ROOT, "RSS delta over %d sessions that each printed %d coloured lines "
                        + "(60-100 columns) into a 10,000-line scrollback, / %d", filled, BenchContext.FILL_LINES, filled)));
    }

    private static long lingerIdle(BenchContext ctx, int n) throws Exception {
        try (LingerAgent agent = LingerAgent.start(ctx)) {
            agent.kill(agent.create(List.of("sh")));
            agent.settle();
            long before = agent.rss();
            for (int i = 0; i < n; i++) {
                agent.create(List.of("sh"));
            }
            Thread.sleep(1000);
            agent.settle();
            long after = agent.rss();
            Log.info("Linger idle: RSS %.1f -> %.1f MB", before / MB, after / MB);
            return after - before;
        }
    }

    private static long lingerFilled(BenchContext ctx, Path fill, int n) throws Exception {
        try (LingerAgent agent = LingerAgent.start(ctx)) {
            agent.kill(agent.createFilled(fill));
            agent.settle();
            long before = agent.rss();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add(agent.createFilled(fill));
            }
            agent.settle();
            long after = agent.rss();
            Log.info("Linger filled: RSS %.1f -> %.1f MB", before / MB, after / MB);
            return after - before;
        }
    }

    private static long tmuxIdle(BenchContext ctx, int n) throws Exception {
        try (TmuxDriver tmux = TmuxDriver.start(ctx)) {
            tmux.newSession("warm", "exec sh");
            tmux.run("kill-session", "-t", "warm");
            Thread.sleep(300);
            long before = tmux.serverRss();
            for (int i = 0; i < n; i++) {
                tmux.newSession("idle" + i, "exec sh");
            }
            Thread.sleep(1000);
            long after = tmux.serverRss();
            Log.info("tmux idle: RSS %.1f -> %.1f MB", before / MB, after / MB);
            return after - before;
        }
    }

    private static long tmuxFilled(BenchContext ctx, Path fill, int n) throws Exception {
        try (TmuxDriver tmux = TmuxDriver.start(ctx)) {
            fillTmux(tmux, "warm", fill);
            tmux.run("kill-session", "-t", "warm");
            Thread.sleep(300);
            long before = tmux.serverRss();
            for (int i = 0; i < n; i++) {
                fillTmux(tmux, "fill" + i, fill);
            }
            Thread.sleep(500);
            long after = tmux.serverRss();
            Log.info("tmux filled: RSS %.1f -> %.1f MB", before / MB, after / MB);
            return after - before;
        }
    }

    private static void fillTmux(TmuxDriver tmux, String session, Path fill) throws Exception {
        tmux.newSession(session, "cat '" + fill + "'; " + tmux.signalCommand("done-" + session) + "; exec cat");
        tmux.run("wait-for", "done-" + session);
    }
}
