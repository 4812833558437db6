package dev.linger.agent.cli;

import picocli.CommandLine.Command;

/** {@code linger agent start|stop|status|run}. */
@Command(name = "agent", description = "Start, stop, inspect or run the session agent.",
        subcommands = {AgentStartCommand.class, AgentStopCommand.class, AgentStatusCommand.class, AgentRunCommand.class})
final class AgentCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
