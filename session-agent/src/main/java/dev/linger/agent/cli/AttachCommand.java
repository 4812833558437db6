package dev.linger.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.client.AgentClient;
import dev.linger.agent.client.ChannelListener;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import dev.linger.agent.protocol.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import sun.misc.Signal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

@Command(name = "attach", description = "Attach this terminal to a session, like tmux attach; Ctrl-] detaches.")
final class AttachCommand implements Callable<Integer> {
    /** Ctrl-]: the telnet escape, rarely needed by programs. */
    static final int DETACH_KEY = 0x1d;

    @Parameters(index = "0", paramLabel = "SESSION", description = "Session name or id.")
    String session;

    @Override
    public Integer call() throws IOException, ProtocolException, InterruptedException {
        if (!RawTerminal.available()) {
            throw new IOException("attach needs a terminal; use `linger capture` and `linger send` from scripts");
        }
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        CountDownLatch done = new CountDownLatch(1);
        String[] ending = {"detached"};
        try (AgentClient client = Agent.connect()) {
            int[] size = RawTerminal.size();
            ChannelListener screen = new ChannelListener() {
                @Override
                public void onSnapshot(Snapshot snapshot) {
                    byte[] bytes = snapshot.screen();
                    // The snapshot starts with a full reset, which would leave the alternate screen.
                    int skip = bytes.length >= 2 && bytes[0] == 0x1b && bytes[1] == 'c' ? 2 : 0;
                    write(out, "\u001b[H\u001b[2J".getBytes(StandardCharsets.US_ASCII));
                    write(out, java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
                }

                @Override
                public void onOutput(byte[] bytes) {
                    write(out, bytes);
                }

                @Override
                public void onExited(Integer exitCode) {
                    ending[0] = "the session exited" + (exitCode == null ? "" : " with code " + exitCode);
                    done.countDown();
                }

                @Override
                public void onClosed(String reason) {
                    ending[0] = reason;
                    done.countDown();
                }
            };
            System.out.print("\u001b[?1049h");
            System.out.flush();
            JsonNode info;
            try (RawTerminal raw = RawTerminal.enter()) {
                info = client.attach(session, size[0], size[1], screen);
                int channel = info.path("channel").asInt();
                watchResize(client, info.path("id").asText(), channel);
                Thread input = new Thread(() -> forwardInput(client, channel, done), "stdin");
                input.setDaemon(true);
                input.start();
                done.await();
            } finally {
                System.out.print("\u001b[?1049l");
                System.out.flush();
            }
            System.err.println("[linger: " + ending[0] + " — session '" + info.path("name").asText() + "']");
        }
        return 0;
    }

    private void forwardInput(AgentClient client, int channel, CountDownLatch done) {
        InputStream in = System.in;
        byte[] buf = new byte[4096];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                int detachAt = -1;
                for (int i = 0; i < n; i++) {
                    if ((buf[i] & 0xFF) == DETACH_KEY) {
                        detachAt = i;
                        break;
                    }
                }
                int len = detachAt < 0 ? n : detachAt;
                if (len > 0) {
                    client.write(channel, java.util.Arrays.copyOf(buf, len));
                }
                if (detachAt >= 0) {
                    break;
                }
            }
        } catch (IOException e) {
            // the connection or the terminal went away: detach
        }
        done.countDown();
    }

    private static void watchResize(AgentClient client, String sessionId, int channel) {
        try {
            Signal.handle(new Signal("WINCH"), sig -> {
                try {
                    int[] size = RawTerminal.size();
                    client.call(Methods.SESSION_RESIZE, Json.object().put("session", sessionId).put("channel", channel)
                            .put("cols", size[0]).put("rows", size[1]));
                } catch (IOException | ProtocolException e) {
                    // a failed resize leaves the old size; the next one may succeed
                }
            });
        } catch (IllegalArgumentException e) {
            // no SIGWINCH here: the size stays as attached
        }
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            // the terminal closed; the input thread ends the attachment
        }
    }
}
