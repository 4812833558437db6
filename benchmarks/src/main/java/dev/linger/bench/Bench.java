package dev.linger.bench;

/** One benchmark: measures Linger, tmux and a direct PTY, and adds its figures to the results. */
interface Bench {
    String name();

    void run(BenchContext ctx, Results results) throws Exception;
}
