package dev.linger.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A block loaded into the store is read in place: what that must never change. */
class ScrollbackBlockTest {

    private static ScrollbackStore filled(int lines, int capacity) {
        TerminalEngine engine = new TerminalEngine(30, 3, capacity);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= lines + 2; i++) {
            sb.append("\u001b[3").append(i % 8).append("mline ").append(i).append("\u001b[0m\r\n");
        }
        engine.feed(sb.toString().getBytes(StandardCharsets.UTF_8));
        return engine.scrollback();
    }

    @Test
    void linesOfALoadedBlockReadAsTheyWereWrittenAndStayTheSameArray() {
        ScrollbackStore source = filled(200, 1000);
        ScrollbackStore copy = loaded(source, 1000);
        assertThat(copy.size()).isEqualTo(source.size());
        for (int i = 0; i < copy.size(); i++) {
            assertThat(copy.get(i)).isEqualTo(source.get(i));
            assertThat(copy.get(i)).isSameAs(copy.get(i));
            assertThat(copy.text(i)).isEqualTo(source.text(i));
        }
    }

    @Test
    void aLoadedBlockIsWrittenOutByteForByteWhetherOrNotItsLinesWereRead() {
        byte[] block = filled(300, 1000).toBytes();
        ScrollbackStore copy = new ScrollbackStore(1000);
        copy.loadBytes(block.clone());
        assertThat(copy.toBytes()).isEqualTo(block);
        copy.get(7);
        copy.get(250);
        assertThat(copy.toBytes()).isEqualTo(block);
        assertThat(copy.encodedSize(copy.size())).isEqualTo(block.length);
    }

    @Test
    void blockInTheMiddleOfALargerArrayIsLoadedFromItsRegion() {
        byte[] block = filled(50, 100).toBytes();
        byte[] framed = new byte[block.length + 20];
        Arrays.fill(framed, (byte) 0x7f);
        System.arraycopy(block, 0, framed, 11, block.length);
        ScrollbackStore copy = new ScrollbackStore(100);
        copy.loadBytes(framed, 11, block.length);
        assertThat(copy.toBytes()).isEqualTo(block);
        assertThat(copy.text(0).strip()).isEqualTo("line 1");
    }

    @Test
    void appendsAfterALoadPushOutTheLoadedLinesOldestFirst() {
        ScrollbackStore source = filled(10, 10);
        ScrollbackStore copy = loaded(source, 10);
        byte[] extra = filled(3, 10).get(0);
        append(copy, extra, 4);
        assertThat(copy.size()).isEqualTo(10);
        assertThat(copy.get(0)).isEqualTo(source.get(4));
        assertThat(copy.get(5)).isEqualTo(source.get(9));
        assertThat(copy.get(6)).isSameAs(extra);
        append(copy, extra, 10);
        assertThat(copy.text(0)).isEqualTo(LineCodec.text(extra));
        assertThat(copy.totalAppended()).isEqualTo(source.totalAppended() + 14);
    }

    @Test
    void aLoadedBlockSurvivesTheRingGrowingAndShrinking() {
        ScrollbackStore source = filled(100, 1000);
        ScrollbackStore copy = loaded(source, 1000);
        byte[] extra = filled(3, 10).get(1);
        append(copy, extra, 200);
        assertThat(copy.get(99)).isEqualTo(source.get(99));
        copy.setMaxLines(250);
        assertThat(copy.size()).isEqualTo(250);
        assertThat(copy.get(0)).isEqualTo(source.get(50));
        assertThat(copy.get(49)).isEqualTo(source.get(99));
        assertThat(copy.get(50)).isSameAs(extra);
    }

    @Test
    void aBlockLongerThanTheStoreKeepsItsNewestLines() {
        ScrollbackStore source = filled(40, 100);
        ScrollbackStore copy = loaded(source, 15);
        assertThat(copy.size()).isEqualTo(15);
        assertThat(copy.get(14)).isEqualTo(source.get(source.size() - 1));
        assertThat(copy.totalAppended()).isEqualTo(source.size());
        assertThat(copy.toBytes()).isEqualTo(source.toBytes(15));
    }

    @Test
    void truncatedBlockIsRejectedAndLeavesTheStoreAsItWas() {
        ScrollbackStore store = filled(5, 100);
        byte[] before = store.toBytes();
        byte[] block = filled(30, 100).toBytes();
        assertThatThrownBy(() -> store.loadBytes(block, 0, block.length - 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
        assertThat(store.toBytes()).isEqualTo(before);
    }

    @Test
    void theSizeOfTheWholeBlockIsKeptRightThroughAppendsLoadsAndShrinking() {
        ScrollbackStore store = new ScrollbackStore(50);
        byte[] a = filled(3, 10).get(0);
        byte[] b = filled(3, 10).get(2);
        for (int i = 0; i < 70; i++) {
            store.append(i % 3 == 0 ? a : b);
            assertThat(store.encodedSize(store.size())).isEqualTo(store.toBytes().length);
        }
        store.loadBytes(filled(80, 100).toBytes());
        assertThat(store.encodedSize(store.size())).isEqualTo(store.toBytes().length);
        for (int i = 0; i < 30; i++) {
            store.append(a);
            assertThat(store.encodedSize(store.size())).isEqualTo(store.toBytes().length);
        }
        store.setMaxLines(20);
        assertThat(store.encodedSize(store.size())).isEqualTo(store.toBytes().length);
        assertThat(store.encodedSize(5)).isEqualTo(store.toBytes(5).length);
        store.clear();
        assertThat(store.encodedSize(store.size())).isEqualTo(1);
    }

    @Test
    void clearingForgetsTheLoadedBlock() {
        ScrollbackStore copy = new ScrollbackStore(100);
        copy.loadBytes(filled(20, 100).toBytes());
        copy.clear();
        assertThat(copy.size()).isZero();
        assertThat(copy.encodedBytes()).isZero();
        assertThat(copy.toBytes()).containsExactly(0);
    }

    /** A store of {@code capacity} lines loaded from {@code source}'s block. */
    private static ScrollbackStore loaded(ScrollbackStore source, int capacity) {
        ScrollbackStore copy = new ScrollbackStore(capacity);
        copy.loadBytes(source.toBytes());
        return copy;
    }

    private static void append(ScrollbackStore store, byte[] line, int times) {
        for (int i = 0; i < times; i++) {
            store.append(line);
        }
    }
}
