package dev.linger.agent.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Where a long-lived Linger process (the agent, the app) writes its log: one file under the
 * home's {@code logs/}, rolled by size into a fixed window, so the logs of a process that runs
 * for months take at most {@link #FILES} × {@link #MAX_FILE_BYTES}. Rolling happens on size only,
 * never at start-up: the lines a crashed process wrote last stay at the end of the file (or the
 * newest rolled one) for the next start, {@code agent status} and the app's error dialog.
 */
public final class LogFiles {
    /** Size at which the current file is rolled. */
    public static final long MAX_FILE_BYTES = 10L << 20;
    /** The current file and the rolled ones together. */
    public static final int FILES = 3;
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSZ} [%thread] %-5level %logger{36} - %msg%n";

    private LogFiles() {
    }

    /** Sends this process's log (info and above) to {@code file}, rolled at the standard caps. */
    public static void rollTo(Path file) {
        rollTo(file, MAX_FILE_BYTES, FILES);
    }

    /**
     * Sends this process's log to {@code file}, rolled to {@code file}'s name with {@code .1},
     * {@code .2}… before its extension once it reaches {@code maxFileBytes}, keeping {@code files}
     * files in all. Uncaught exceptions are logged there too.
     */
    static void rollTo(Path file, long maxFileBytes, int files) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        // Stops the appenders set up before and forgets their files (Logback refuses to open a file
        // another appender of the context had, which a second set-up in one JVM would do).
        context.reset();
        PrivateRollingFileAppender appender = new PrivateRollingFileAppender();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(file.toString());
        appender.setEncoder(encoder(context));

        FixedWindowRollingPolicy window = new FixedWindowRollingPolicy();
        window.setContext(context);
        window.setParent(appender);
        window.setFileNamePattern(rolledPattern(file));
        window.setMinIndex(1);
        window.setMaxIndex(files - 1);
        appender.setRollingPolicy(window);

        SizeBasedTriggeringPolicy<ILoggingEvent> size = new SizeBasedTriggeringPolicy<>();
        size.setContext(context);
        size.setMaxFileSize(new FileSize(maxFileBytes));
        // Look at the size on every line, not once a minute: a burst must not overshoot the cap.
        size.setCheckIncrement(Duration.buildByMilliseconds(0));
        appender.setTriggeringPolicy(size);

        window.start();
        size.start();
        appender.start();
        configure(context, appender, Level.INFO);
        Thread.setDefaultUncaughtExceptionHandler((t, e) ->
                LoggerFactory.getLogger(LogFiles.class).error("uncaught in thread {}", t.getName(), e));
    }

    /** {@code agent.log} rolls to {@code agent.1.log}, {@code agent.2.log}. */
    static String rolledPattern(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String rolled = dot > 0 ? name.substring(0, dot) + ".%i" + name.substring(dot) : name + ".%i";
        return file.resolveSibling(rolled).toString();
    }

    /** Warnings and errors on stderr, nothing on disk: the CLI's log, and every process's before it picks a file. */
    static void toStderr(LoggerContext context) {
        context.reset();
        configure(context, stderr(context), Level.WARN);
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("stderr");
        console.setTarget("System.err");
        console.setEncoder(encoder(context));
        console.start();
        return console;
    }

    /** Sends the freshly reset context's log to {@code appender} from {@code level} up; the terminal library stays silent. */
    private static void configure(LoggerContext context, Appender<ILoggingEvent> appender, Level level) {
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        root.setLevel(level);
        // The core logs a line per odd sequence it meets: a hostile file would fill the log with them.
        // What Linger must know of its emulators it logs itself (GuardedEmulator, the widget).
        context.getLogger("com.techsenger").setLevel(Level.OFF);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        return encoder;
    }
}
