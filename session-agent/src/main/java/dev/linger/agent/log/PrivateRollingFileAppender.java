package dev.linger.agent.log;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import dev.linger.agent.home.LingerHome;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A rolling log file that only its owner can read. Logback opens a new file after each rollover
 * with the process's default permissions; this creates it owner-only first, so every log file
 * is 0600 from its first byte (rolled files keep theirs: a rollover renames).
 */
final class PrivateRollingFileAppender extends RollingFileAppender<ILoggingEvent> {
    @Override
    public void openFile(String fileName) throws IOException {
        LingerHome.createPrivateFile(Path.of(fileName));
        super.openFile(fileName);
    }
}
