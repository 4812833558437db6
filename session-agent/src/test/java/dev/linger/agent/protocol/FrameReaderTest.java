package dev.linger.agent.protocol;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameReaderTest {

    private static byte[] concat(ByteBuffer... parts) {
        int n = 0;
        for (ByteBuffer p : parts) {
            n += p.remaining();
        }
        ByteBuffer all = ByteBuffer.allocate(n);
        for (ByteBuffer p : parts) {
            all.put(p);
        }
        return all.array();
    }

    @Test
    void framesRoundTripInOrder() throws Exception {
        byte[] wire = concat(Frame.control("{\"a\":1}").encode(), Frame.data(7, new byte[] {1, 2, 3}).encode(),
                Frame.snapshot(9, new byte[] {4}).encode());
        FrameReader r = new FrameReader(new ByteArrayInputStream(wire), 1024);
        assertThat(r.read().text()).isEqualTo("{\"a\":1}");
        Frame data = r.read();
        assertThat(data.type()).isEqualTo(Frame.DATA);
        assertThat(data.channel()).isEqualTo(7);
        assertThat(data.payload()).containsExactly(1, 2, 3);
        assertThat(r.read().channel()).isEqualTo(9);
        assertThat(r.read()).isNull();
    }

    @Test
    void oversizedFrameIsSkippedSoTheNextOneReads() throws Exception {
        byte[] wire = concat(Frame.control("x".repeat(100)).encode(), Frame.control("ok").encode());
        FrameReader r = new FrameReader(new ByteArrayInputStream(wire), 50);
        assertThatThrownBy(r::read).isInstanceOf(ProtocolException.class).hasMessageContaining("over the limit of 50");
        assertThat(r.read().text()).isEqualTo("ok");
    }

    @Test
    void streamEndingInsideAFrameIsAnEof() {
        byte[] wire = Frame.control("{\"method\":\"x\"}").encode().array();
        byte[] cut = java.util.Arrays.copyOf(wire, wire.length - 3);
        FrameReader r = new FrameReader(new ByteArrayInputStream(cut), 1024);
        assertThatThrownBy(r::read).isInstanceOf(EOFException.class);
    }

    @Test
    void shortDataFrameAndUnknownTypeAreReportedThenSkipped() throws Exception {
        byte[] wire = concat(ByteBuffer.wrap(new byte[] {0, 0, 0, 3, 1, 0, 0}), ByteBuffer.wrap(new byte[] {0, 0, 0, 2, 5, 0}),
                Frame.control("next").encode());
        FrameReader r = new FrameReader(new ByteArrayInputStream(wire), 1024);
        assertThatThrownBy(r::read).hasMessageContaining("too short");
        assertThatThrownBy(r::read).hasMessageContaining("unknown frame type 5");
        assertThat(r.read().text()).isEqualTo("next");
    }
}
