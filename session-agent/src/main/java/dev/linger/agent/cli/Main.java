package dev.linger.agent.cli;

import dev.linger.agent.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code linger} command: the scriptable face of the agent. */
@Command(name = "linger", mixinStandardHelpOptions = true, version = "linger " + Version.RELEASE,
        description = "Terminal sessions that outlive their window: run, list, drive and attach to shells held by the Linger agent.",
        subcommands = {AgentCommand.class, LsCommand.class, NewCommand.class, SendCommand.class, CaptureCommand.class,
                WaitCommand.class, RenameCommand.class, KillCommand.class, AttachCommand.class, RestoreCommand.class,
                ForgetCommand.class, ConfigCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit status (tests call this in-process). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new CliErrors());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
