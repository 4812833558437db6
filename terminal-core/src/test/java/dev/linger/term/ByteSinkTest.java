package dev.linger.term;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ByteSinkTest {

    @Test
    void aSinkFilledToItsExactSizeHandsOverItsBufferWithoutACopy() {
        ByteSink out = new ByteSink(16 + 3);
        out.write(new byte[16]);
        out.writeVarint(300);
        out.write(7);
        byte[] first = out.array();
        assertThat(out.takeArray()).isSameAs(first).hasSize(19);
    }

    @Test
    void aSinkNotFilledGivesATrimmedCopy() {
        ByteSink out = new ByteSink(64);
        out.writeVarint(5);
        assertThat(out.takeArray()).containsExactly(5);
    }

    @Test
    void varintSizeIsWhatWriteVarintTakes() {
        for (int v : new int[] {0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, Integer.MAX_VALUE, -1}) {
            ByteSink out = new ByteSink(1);
            out.writeVarint(v);
            assertThat(ByteSink.varintSize(v)).as("varint %d", v).isEqualTo(out.size());
            assertThat(new ByteSource(out.array(), 0, out.size()).readVarint()).isEqualTo(v);
        }
    }
}
