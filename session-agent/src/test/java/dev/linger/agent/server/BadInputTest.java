package dev.linger.agent.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linger.agent.AgentHarness;
import dev.linger.agent.SkipReasons;
import dev.linger.agent.Version;
import dev.linger.agent.protocol.ErrorCode;
import dev.linger.agent.protocol.Frame;
import dev.linger.agent.protocol.Json;
import dev.linger.agent.protocol.Methods;
import dev.linger.agent.protocol.ProtocolException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of bad input gets a coded, explanatory error, and the agent keeps serving. */
class BadInputTest {
    private static AgentHarness agent;

    @BeforeAll
    static void start() throws Exception {
        agent = AgentHarness.start();
        agent.shell("bystander");
    }

    @AfterAll
    static void stop() throws Exception {
        agent.close();
    }

    /** A connection speaking raw frames, reading responses one by one. */
    static final class RawPeer implements AutoCloseable {
        final SocketChannel ch;

        RawPeer() throws IOException {
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.connect(UnixDomainSocketAddress.of(agent.home().socket()));
        }

        void send(ByteBuffer b) throws IOException {
            while (b.hasRemaining()) {
                ch.write(b);
            }
        }

        void sendJson(String json) throws IOException {
            send(Frame.control(json).encode());
        }

        JsonNode read() throws IOException {
            ByteBuffer len = ByteBuffer.allocate(4);
            readFully(len);
            int n = len.flip().getInt();
            ByteBuffer body = ByteBuffer.allocate(n);
            readFully(body);
            body.flip();
            assertThat(body.get()).as("frame type").isEqualTo((byte) Frame.CONTROL);
            byte[] json = new byte[n - 1];
            body.get(json);
            return Json.MAPPER.readTree(json);
        }

        void hello() throws IOException {
            sendJson("{\"id\":0,\"method\":\"hello\",\"params\":{\"protocol\":" + Version.PROTOCOL + "}}");
            assertThat(read().has("result")).isTrue();
        }

        private void readFully(ByteBuffer b) throws IOException {
            while (b.hasRemaining()) {
                if (ch.read(b) < 0) {
                    throw new IOException("closed by the agent");
                }
            }
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }

    private static void assertError(JsonNode response, ErrorCode code, String messagePart) {
        assertThat(response.path("error").path("code").asInt()).as(response.toString()).isEqualTo(code.code());
        assertThat(response.path("error").path("message").asText()).contains(messagePart);
    }

    private static void assertAgentStillServes() throws Exception {
        JsonNode list = agent.client().call(Methods.SESSION_LIST, null);
        assertThat(list).anyMatch(s -> s.path("name").asText().equals("bystander"));
    }

    @Test
    void versionMismatchNamesBothVersions() throws Exception {
        try (RawPeer peer = new RawPeer()) {
            peer.sendJson("{\"id\":1,\"method\":\"hello\",\"params\":{\"protocol\":99}}");
            JsonNode r = peer.read();
            assertError(r, ErrorCode.VERSION_MISMATCH, "client speaks 99");
            assertThat(r.path("error").path("message").asText()).contains("speaks " + Version.PROTOCOL);
        }
        assertAgentStillServes();
    }

    @Test
    void requestsBeforeHelloAreRefused() throws Exception {
        try (RawPeer peer = new RawPeer()) {
            peer.sendJson("{\"id\":1,\"method\":\"session.list\"}");
            assertError(peer.read(), ErrorCode.HELLO_REQUIRED, "hello");
        }
    }

    @Test
    void malformedJsonAndNonRequestsGetErrorsAndTheConnectionGoesOn() throws Exception {
        try (RawPeer peer = new RawPeer()) {
            peer.hello();
            peer.sendJson("{not json");
            assertError(peer.read(), ErrorCode.PARSE_ERROR, "not valid JSON");
            peer.sendJson("[1,2,3]");
            assertError(peer.read(), ErrorCode.INVALID_REQUEST, "'method'");
            peer.sendJson("{\"id\":7,\"method\":\"no.such.method\"}");
            JsonNode unknown = peer.read();
            assertError(unknown, ErrorCode.METHOD_NOT_FOUND, "no.such.method");
            assertThat(unknown.path("id").asInt()).isEqualTo(7);
            peer.sendJson("{\"id\":8,\"method\":\"session.list\"}");
            assertThat(peer.read().path("result").isArray()).isTrue();
        }
    }

    @Test
    void oversizedFrameIsRejectedAndSkipped() throws Exception {
        try (RawPeer peer = new RawPeer()) {
            peer.hello();
            int size = Frame.MAX_INBOUND + 10;
            ByteBuffer big = ByteBuffer.allocate(4 + size);
            big.putInt(size).put((byte) Frame.CONTROL);
            while (big.hasRemaining()) {
                big.put((byte) ' ');
            }
            big.flip();
            peer.send(big);
            assertError(peer.read(), ErrorCode.FRAME_TOO_LARGE, "over the limit");
            peer.sendJson("{\"id\":2,\"method\":\"session.list\"}");
            assertThat(peer.read().path("result").isArray()).isTrue();
        }
        assertAgentStillServes();
    }

    @Test
    void absurdFrameLengthClosesOnlyThatConnection() throws Exception {
        try (RawPeer peer = new RawPeer()) {
            peer.hello();
            peer.send(ByteBuffer.allocate(5).putInt(0x7fffffff).put((byte) 0).flip());
            assertError(peer.read(), ErrorCode.FRAME_TOO_LARGE, "closing the connection");
            assertThatThrownBy(peer::read).isInstanceOf(IOException.class);
        }
        assertAgentStillServes();
    }

    @Test
    void truncatedFrameAndVanishingPeerDisturbNobody() throws Exception {
        try (RawPeer peer = new RawPeer()) {
            peer.hello();
            peer.send(ByteBuffer.allocate(8).putInt(100).put((byte) 0).put((byte) '{').put((byte) '"').put((byte) 'i').flip());
        }
        assertAgentStillServes();
    }

    @Test
    void unknownFrameTypeEmptyFrameAndUnattachedChannel() throws Exception {
        try (RawPeer peer = new RawPeer()) {
            peer.hello();
            peer.send(ByteBuffer.allocate(7).putInt(3).put((byte) 9).put((byte) 1).put((byte) 2).flip());
            assertError(peer.read(), ErrorCode.MALFORMED_FRAME, "unknown frame type 9");
            peer.send(ByteBuffer.allocate(4).putInt(0).flip());
            assertError(peer.read(), ErrorCode.MALFORMED_FRAME, "empty frame");
            peer.send(Frame.data(42, "ls\r".getBytes(StandardCharsets.UTF_8)).encode());
            assertError(peer.read(), ErrorCode.UNKNOWN_CHANNEL, "channel 42");
        }
    }

    @Test
    void badParamsSayWhichFieldAndWhy() {
        assertThatThrownBy(() -> agent.client().call(Methods.SESSION_CAPTURE, Json.object()))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("missing parameter 'session'");
        assertThatThrownBy(() -> agent.client().call(Methods.SESSION_RESIZE,
                Json.object().put("session", "bystander").put("cols", "wide").put("rows", 10)))
                .hasMessageContaining("'cols' must be a whole number");
        assertThatThrownBy(() -> agent.client().call(Methods.SESSION_RESIZE,
                Json.object().put("session", "bystander").put("cols", 0).put("rows", 10)))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> agent.client().call(Methods.SESSION_CREATE, Json.object().put("argv", "bash")))
                .hasMessageContaining("'argv' must be an array");
        assertThatThrownBy(() -> agent.client().call(Methods.SESSION_CREATE, Json.object().put("cwd", "/no/such/dir")))
                .hasMessageContaining("/no/such/dir does not exist");
        assertThatThrownBy(() -> agent.client().call(Methods.SESSION_CREATE,
                Json.object().set("argv", Json.MAPPER.createArrayNode().add("/no/such/program"))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("/no/such/program");
    }

    @Test
    void unknownSessionsAreNamedInTheError() {
        for (String method : new String[] {Methods.SESSION_KILL, Methods.SESSION_CAPTURE, Methods.SESSION_ATTACH}) {
            assertThatThrownBy(() -> agent.client().call(method, Json.object().put("session", "ghost")))
                    .isInstanceOf(ProtocolException.class)
                    .satisfies(e -> assertThat(((ProtocolException) e).code()).isEqualTo(ErrorCode.UNKNOWN_SESSION))
                    .hasMessageContaining("'ghost'").hasMessageContaining("linger ls");
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = SkipReasons.POSIX_SHELLS)
    void invalidNamesAreRefusedWithTheReason() throws Exception {
        assertThatThrownBy(() -> agent.create("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> agent.create("x".repeat(65))).hasMessageContaining("65 characters").hasMessageContaining("64");
        assertThatThrownBy(() -> agent.create("bad\u0007name")).hasMessageContaining("U+0007");
        assertThatThrownBy(() -> agent.create(" padded")).hasMessageContaining("white space");
        assertThatThrownBy(() -> agent.create("bystander")).isInstanceOf(ProtocolException.class)
                .satisfies(e -> assertThat(((ProtocolException) e).code()).isEqualTo(ErrorCode.NAME_IN_USE));
        agent.create("x".repeat(64), "/bin/cat");
        assertThatThrownBy(() -> agent.client().call(Methods.SESSION_RENAME,
                Json.object().put("session", "x".repeat(64)).put("name", "bystander"))).hasMessageContaining("already exists");
        agent.client().call(Methods.SESSION_KILL, Json.object().put("session", "x".repeat(64)));
        assertAgentStillServes();
    }

    @Test
    void floodOfRequestsWithoutReadingIsCutOffWithBoundedMemory() throws Exception {
        long rssBefore = agent.client().call(Methods.AGENT_STATUS, null).path("rss").asLong();
        try (RawPeer peer = new RawPeer()) {
            peer.hello();
            ByteBuffer req = Frame.control("{\"id\":1,\"method\":\"session.list\"}").encode();
            try {
                for (int i = 0; i < 400_000; i++) {
                    peer.send(req.duplicate());
                }
            } catch (IOException e) {
                // the agent cut this peer off: what we wanted
            }
        }
        long rssAfter = agent.client().call(Methods.AGENT_STATUS, null).path("rss").asLong();
        assertThat(rssAfter - rssBefore).as("RSS growth in bytes").isLessThan(300L << 20);
        assertAgentStillServes();
    }
}
