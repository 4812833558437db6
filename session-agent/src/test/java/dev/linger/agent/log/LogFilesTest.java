package dev.linger.agent.log;

import ch.qos.logback.classic.LoggerContext;
import dev.linger.agent.AgentHarness;
import dev.linger.agent.PosixModes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log set-up the agent and the app use, driven with many lines: it rolls at the size cap,
 * keeps the total capped, and every file it makes is owner-only.
 */
class LogFilesTest {
    private static final long CAP = 64 << 10;
    private Path dir;

    @BeforeEach
    void newDir() throws Exception {
        dir = AgentHarness.newHome();
    }

    @AfterEach
    void backToQuiet() throws Exception {
        LogFiles.toStderr((LoggerContext) LoggerFactory.getILoggerFactory());
        AgentHarness.deleteTree(dir);
    }

    @Test
    void rollsAtTheSizeCapAndKeepsTheTotalCapped() throws Exception {
        Path file = dir.resolve("agent.log");
        LogFiles.rollTo(file, CAP, 3);
        Logger log = LoggerFactory.getLogger("rolling");
        String filler = "x".repeat(200);
        int lines = 5_000;   // ~1.3 MB: twenty times the cap
        for (int i = 0; i < lines; i++) {
            log.info("line {} {}", i, filler);
        }

        List<String> names = names();
        assertThat(names).containsExactlyInAnyOrder("agent.log", "agent.1.log", "agent.2.log");
        long total = 0;
        for (String name : names) {
            long size = Files.size(dir.resolve(name));
            assertThat(size).as(name + " stays near the cap").isLessThanOrEqualTo(CAP + 1024);
            total += size;
            PosixModes.assertMode(dir.resolve(name), "rw-------");
        }
        assertThat(total).isLessThanOrEqualTo(3 * (CAP + 1024));
        assertThat(Files.size(dir.resolve("agent.2.log"))).as("rolled files are full ones").isGreaterThanOrEqualTo(CAP - 1024);
        // The newest lines are in the current file, the ones just before them in the first rolled one.
        assertThat(Files.readString(file)).contains("line " + (lines - 1) + " ");
        List<String> rolled = Files.readAllLines(dir.resolve("agent.1.log"));
        int lastRolled = Integer.parseInt(rolled.get(rolled.size() - 1).replaceAll(".* - line (\\d+) .*", "$1"));
        assertThat(Files.readString(file)).contains("line " + (lastRolled + 1) + " ");
    }

    @Test
    void aNewProcessAppendsSoTheLastOnesLinesStay() throws Exception {
        Path file = dir.resolve("app.log");
        LogFiles.rollTo(file);
        LoggerFactory.getLogger("first").error("the last words of a process that then died");
        // The next process sets the log up again on the same file.
        LogFiles.rollTo(file);
        LoggerFactory.getLogger("second").info("a new start");
        String text = Files.readString(file);
        assertThat(text).contains("the last words of a process that then died").contains("a new start");
        assertThat(text.indexOf("last words")).isLessThan(text.indexOf("a new start"));
        PosixModes.assertMode(file, "rw-------");
        assertThat(names()).containsExactly("app.log");
    }

    @Test
    void rolledFilesKeepTheExtension() {
        assertThat(LogFiles.rolledPattern(Path.of("logs", "agent.log"))).isEqualTo(Path.of("logs", "agent.%i.log").toString());
        assertThat(LogFiles.rolledPattern(Path.of("logs", "trace"))).isEqualTo(Path.of("logs", "trace.%i").toString());
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
