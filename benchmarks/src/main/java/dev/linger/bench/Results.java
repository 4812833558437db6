package dev.linger.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run measured, in order, with the benchmarks that could not finish. */
final class Results {
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> facts = new LinkedHashMap<>();

    synchronized void add(Figure f) {
        figures.add(f);
        Log.info("%s: Linger %s | tmux %s | direct %s%s", f.name(), f.linger().text(), f.tmux().text(),
                f.direct().text(), f.verdict() == null ? "" : " -> " + (f.verdict().pass() ? "PASS" : "FAIL"));
    }

    synchronized void error(String bench, Throwable e) {
        errors.put(bench, e.toString());
    }

    /** Context worth printing with the figures (machine, versions, sizes). */
    synchronized void fact(String key, String value) {
        facts.put(key, value);
    }

    synchronized List<Figure> figures() {
        return List.copyOf(figures);
    }

    synchronized Map<String, String> errors() {
        return new LinkedHashMap<>(errors);
    }

    synchronized Map<String, String> facts() {
        return new LinkedHashMap<>(facts);
    }
}
