package dev.linger.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dev.linger.term.ScreenSerializerTest.assertSameScreen;
import static dev.linger.term.ScreenSerializerTest.feed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Characters beyond the BMP, which the core keeps as a surrogate pair in two cells (three with a
 * wide one's filler): a pair is never split between two rows, whatever the reads, and the
 * snapshot rebuilds it. The fuzzer found a pair split at the last column, whose halves the
 * snapshot could only spell as two replacement characters.
 */
class BeyondTheBmpTest {
    private static final String GRINNING = "\ud83d\ude00";    // U+1F600, narrow to the core: 2 cells
    private static final String EXT_B = "\ud840\udc00";       // U+20000, wide: 3 cells

    @Test
    void aPairReachingTheLastColumnStartsTheNextRowWhole() {
        for (int piece : new int[] {1, 2, 3, 4096}) {
            TerminalEngine e = new TerminalEngine(20, 4, 10);
            feedInPieces(e, "a".repeat(19) + GRINNING + "xy", piece);
            assertThat(e.screenLines().subList(0, 2)).as("fed %d bytes at a time", piece)
                    .containsExactly("a".repeat(19), GRINNING + "xy");
            assertSameTextAndCursor(e, ScreenSerializerTest.replay(e));
        }
    }

    @Test
    void aWidePairThatDoesNotFitStartsTheNextRowWhole() {
        for (int before : new int[] {18, 19}) {
            TerminalEngine e = new TerminalEngine(20, 4, 10);
            feed(e, "a".repeat(before) + EXT_B + "xy");
            assertThat(e.screenLines().subList(0, 2)).as("after %d cells", before)
                    .containsExactly("a".repeat(before), EXT_B + "xy");
            assertSameTextAndCursor(e, ScreenSerializerTest.replay(e));
        }
    }

    @Test
    void withAutowrapOffAPairThatDoesNotFitTakesTheLastCells() {
        TerminalEngine e = new TerminalEngine(20, 4, 10);
        feed(e, "\u001b[?7l" + "a".repeat(19) + GRINNING + "\r\n" + "b".repeat(19) + EXT_B);
        assertThat(e.screenLines().subList(0, 2)).containsExactly("a".repeat(18) + GRINNING, "b".repeat(17) + EXT_B);
        ScreenBoundsCheck.check(e);
        assertSameScreen(e, ScreenSerializerTest.replay(e));
    }

    @Test
    void aWidePairInsideARowOrEndingItSurvivesTheSnapshot() {
        TerminalEngine e = new TerminalEngine(20, 4, 10);
        feed(e, "ab" + EXT_B + "cd\r\n" + "e".repeat(17) + EXT_B);
        TerminalEngine copy = ScreenSerializerTest.replay(e);
        assertSameScreen(e, copy);
        assertThat(copy.screenLines().subList(0, 2)).containsExactly("ab" + EXT_B + "cd", "e".repeat(17) + EXT_B);
        // The cursor waits to wrap after the pair in the last cells, in the copy too.
        feed(e, "X");
        feed(copy, "X");
        assertSameScreen(e, copy);
    }

    @Test
    void aHalfOfAPairWrittenOverReadsAsAReplacementCharacterAndSurvivesTheSnapshot() {
        TerminalEngine e = new TerminalEngine(20, 4, 10);
        // Back one cell, or to the low half's column: the core steps off a low half onto the high
        // half either way, and the text goes over that, leaving the low half alone.
        feed(e, GRINNING + "\u001b[Dx\r\n" + GRINNING + "\u001b[2;2Hy");
        assertThat(e.screenLines().subList(0, 2)).containsExactly("x\ufffd", "y\ufffd");
        assertSameTextAndCursor(e, ScreenSerializerTest.replay(e));
    }

    /**
     * The text of every row and the cursor. (A row that wrapped early because a wide character
     * did not fit keeps no wrap mark in the copy: the snapshot can only set one by writing the
     * row's last column, as with wide characters of the BMP.)
     */
    private static void assertSameTextAndCursor(TerminalEngine original, TerminalEngine copy) {
        assertThat(copy.screenLines()).isEqualTo(original.screenLines());
        assertThat(copy.terminal().getCursorX()).as("cursor x").isEqualTo(original.terminal().getCursorX());
        assertThat(copy.terminal().getCursorY()).as("cursor y").isEqualTo(original.terminal().getCursorY());
    }

    private static void feedInPieces(TerminalEngine e, String text, int piece) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        for (int off = 0; off < b.length; off += piece) {
            e.feed(b, off, Math.min(piece, b.length - off));
        }
    }
}
