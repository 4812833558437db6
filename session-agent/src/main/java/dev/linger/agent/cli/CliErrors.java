package dev.linger.agent.cli;

import dev.linger.agent.protocol.ProtocolException;
import picocli.CommandLine;

import java.io.IOException;

/** Turns failures into one line on stderr, naming the problem, and a non-zero exit. */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof ProtocolException) {
            cmd.getErr().println("linger: " + e.getMessage());
        } else if (e instanceof IOException) {
            cmd.getErr().println("linger: " + e.getMessage());
        } else if (e instanceof IllegalArgumentException) {
            cmd.getErr().println("linger: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        } else {
            cmd.getErr().println("linger: unexpected error: " + e);
        }
        return FAILED;
    }
}
