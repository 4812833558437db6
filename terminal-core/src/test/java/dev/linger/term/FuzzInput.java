package dev.linger.term;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * One fuzz input for the engine: a small screen size, the size of the pieces the output arrives
 * in, maybe a size to resize to, and the output itself (the rest of the input, so a seed file's
 * bytes are mostly the output as it is).
 */
record FuzzInput(int columns, int rows, int piece, int[] resizeTo, byte[] output) {
    static FuzzInput from(FuzzedDataProvider data) {
        int columns = data.consumeInt(5, 40);
        int rows = data.consumeInt(2, 12);
        int piece = data.consumeInt(1, 512);
        int[] resizeTo = data.consumeBoolean() ? new int[] {data.consumeInt(5, 40), data.consumeInt(2, 12)} : null;
        return new FuzzInput(columns, rows, piece, resizeTo, data.consumeRemainingAsBytes());
    }
}
