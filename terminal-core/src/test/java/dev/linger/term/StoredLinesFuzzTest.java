package dev.linger.term;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines and scrollback blocks read back from storage or the wire may be corrupt: decoding any
 * bytes either gives a line or fails with an {@link IllegalArgumentException} that says what was
 * wrong, never allocates more than the bytes could hold, and a block that loads writes back the
 * same. Lines the engine makes survive the codec and the store unchanged.
 */
class StoredLinesFuzzTest {
    @FuzzTest(maxDuration = FuzzBudget.PER_RUN)
    void storedBytesDecodeOrFailClearly(FuzzedDataProvider data) {
        int capacity = data.consumeInt(0, 16);
        boolean asBlock = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        if (asBlock) {
            ScrollbackStore store = new ScrollbackStore(capacity);
            try {
                store.loadBytes(bytes);
            } catch (IllegalArgumentException corrupt) {
                return;
            }
            byte[] again = store.toBytes();
            ScrollbackStore reloaded = new ScrollbackStore(capacity);
            reloaded.loadBytes(again);
            assertThat(reloaded.toBytes()).isEqualTo(again);
            for (int i = 0; i < store.size(); i++) {
                decodeOrFailClearly(store.get(i));
            }
        } else {
            decodeOrFailClearly(bytes);
        }
    }

    private static void decodeOrFailClearly(byte[] line) {
        try {
            LineCodec.text(line);
            byte[] again = LineCodec.encode(LineCodec.decode(line));
            assertThat(LineCodec.encode(LineCodec.decode(again))).isEqualTo(again);
        } catch (IllegalArgumentException corrupt) {
            assertThat(corrupt.getMessage()).isNotBlank();
        }
    }
}
