package dev.linger.agent;

/**
 * Why a test does not run on some system, said once for the tests it applies to (they name it in
 * {@code @DisabledOnOs} / {@code @EnabledOnOs}, and the test report shows it).
 */
public final class SkipReasons {
    /** Windows has no bash or sh to run, no kill signals and no POSIX permissions. */
    public static final String POSIX_SHELLS = "drives POSIX shells (/bin/bash --norc, /bin/sh, /bin/cat) and signals (kill -9, HUP), "
            + "which Windows does not have; the agent there is covered by EverySystemAgentTest";
    /** What only Linux's /proc tells: a process's session, working directory and foreground program. */
    public static final String PROC = "reads /proc (process session, working directory, foreground program), which only Linux has";
    /** Owner-only permissions are POSIX file modes; Windows guards the home with its ACLs. */
    public static final String POSIX_MODES = "checks POSIX file modes (0600/0700), which Windows files do not have";

    private SkipReasons() {
    }
}
