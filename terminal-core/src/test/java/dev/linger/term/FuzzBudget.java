package dev.linger.term;

/**
 * How long one fuzzing run of one fuzz test lasts (Jazzer takes it from the annotation, so it is a
 * constant): scripts/fuzz.sh runs each fuzz test as many times as a longer budget needs, and the
 * corpus Jazzer keeps between runs makes each run go on from where the last stopped. Regression
 * runs (plain {@code mvn test}) are not timed by it.
 */
final class FuzzBudget {
    static final String PER_RUN = "30s";

    private FuzzBudget() {
    }
}
