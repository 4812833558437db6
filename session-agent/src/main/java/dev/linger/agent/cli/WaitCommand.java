package dev.linger.agent.cli;

import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.MirrorTerminal;
import dev.linger.agent.protocol.ProtocolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

@Command(name = "wait", description = "Wait until a line of the session's screen matches REGEX: exit 0 on a match, 1 on timeout.")
final class WaitCommand implements Callable<Integer> {
    static final int TIMED_OUT = 1;

    @Parameters(index = "0", paramLabel = "SESSION", description = "Session name or id.")
    String session;

    @Option(names = "--for", required = true, paramLabel = "REGEX", description = "Java regular expression to find in a screen line.")
    String regex;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Give up after this long (default ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Override
    public Integer call() throws IOException, ProtocolException, InterruptedException {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--for: invalid regular expression: " + e.getDescription());
        }
        try (AgentClient client = Agent.connect()) {
            // Watch a mirror of the screen, updated as output arrives: no polling, no missed frames.
            MirrorTerminal mirror = new MirrorTerminal(0);
            client.attach(session, 0, 0, mirror);
            boolean found = mirror.await(engine -> engine.screenLines().stream().anyMatch(l -> pattern.matcher(l).find()),
                    (long) (timeoutSeconds * 1000));
            return found ? 0 : TIMED_OUT;
        }
    }
}
