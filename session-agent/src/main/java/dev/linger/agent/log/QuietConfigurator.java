package dev.linger.agent.log;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's set-up for a process that has not asked for a log file: the CLI, tests, the app
 * before it holds its home. Warnings only, on stderr, and nothing written to disk, so a
 * {@code linger} command never creates or fills a log. Found through the service loader, which
 * spares Logback its search for configuration files.
 */
public final class QuietConfigurator extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        LogFiles.toStderr(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
