package dev.linger.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Output that drove the emulator core out of memory or into long loops (issue 17), one test per
 * defect: each is brought within the screen by {@link ParameterClamp} and {@link EngineTerminal}.
 * Where a test bounds time, the time is what it checks: before the guard these took seconds to
 * minutes or ran out of heap.
 */
class HostileParametersTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(2);
    private static final String ESC = "\u001b";

    private static TerminalEngine engine() {
        return new TerminalEngine(80, 24, 100);
    }

    private static void feed(TerminalEngine e, String s) {
        e.feed(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh engine of {@code e}'s size fed {@code e}'s snapshot. */
    private static TerminalEngine copyThroughSnapshot(TerminalEngine e) {
        TerminalEngine copy = new TerminalEngine(e.columns(), e.rows(), 100);
        copy.feed(ScreenSerializer.serialize(e));
        return copy;
    }

    /** Feeds {@code s} to a fresh engine, within {@link #PROMPTLY}, and checks every bound. */
    private static TerminalEngine fedPromptly(String s) {
        TerminalEngine e = engine();
        assertTimeoutPreemptively(PROMPTLY, () -> feed(e, s));
        ScreenBoundsCheck.check(e);
        return e;
    }

    @Test
    void theIssuesMixOfEditsScrollRegionsResetsCharsetsAndHugeParametersStaysBounded() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            s.append("line ").append(i).append(' ').append("x".repeat(i % 90)).append("\r\n")
                    .append(ESC).append("[2147483647P").append(ESC).append("[99999999999@")
                    .append(ESC).append("[5;").append(i).append('r').append(ESC).append("[1000000L")
                    .append(ESC).append("(0lqk").append((char) 14).append(ESC).append("[99999999999X")
                    .append(ESC).append("[1000000T").append(ESC).append("[0d").append(ESC).append("[65535M")
                    .append(ESC).append(i % 7 == 0 ? "c" : "[!p").append(ESC).append("(B").append((char) 15);
        }
        TerminalEngine e = fedPromptly(s.toString());
        feed(e, ESC + "c" + "after\r\n");
        assertThat(e.screenLines().get(0)).isEqualTo("after");
    }

    @Test
    void deleteCharactersWithHugeCountStaysWithinTheLine() {
        TerminalEngine e = fedPromptly("abcdef" + ESC + "[3G" + ESC + "[2147483647P");
        assertThat(e.screenLines().get(0)).isEqualTo("ab");
    }

    @Test
    void deleteCharactersWithOverflowedCountStaysWithinTheLine() {
        TerminalEngine e = fedPromptly("abcdef" + ESC + "[3G" + ESC + "[99999999999P");
        assertThat(e.screenLines().get(0)).isEqualTo("ab");
    }

    @Test
    void eraseCharactersWithOverflowedCountStaysWithinTheLine() {
        TerminalEngine e = fedPromptly("abcdef" + ESC + "[3G" + ESC + "[99999999999X");
        assertThat(e.screenLines().get(0)).isEqualTo("ab");
    }

    @Test
    void insertBlankCharactersWithOverflowedCountStaysWithinTheLine() {
        TerminalEngine e = fedPromptly("abcdef" + ESC + "[3G" + ESC + "[99999999999@");
        assertThat(e.screenLines().get(0)).isEqualTo("ab");
    }

    @Test
    void insertLinesWithHugeCountReturnsPromptlyAndKeepsTheScreenHeight() {
        TerminalEngine e = fedPromptly("top\r\nnext" + ESC + "[1000000L");
        assertThat(e.screenLines().get(0)).isEqualTo("top");
        assertThat(e.screenLines().subList(1, 24)).allMatch(String::isEmpty);
    }

    @Test
    void scrollDownWithHugeCountReturnsPromptlyAndKeepsTheScreenHeight() {
        TerminalEngine e = fedPromptly("top" + ESC + "[1000000T");
        assertThat(e.screenLines()).allMatch(String::isEmpty);
    }

    @Test
    void scrollUpWithHugeCountActsAsAScreenfulDoes() {
        TerminalEngine huge = fedPromptly("top\r\nnext" + ESC + "[1000000S");
        TerminalEngine screenful = fedPromptly("top\r\nnext" + ESC + "[24S");
        assertThat(huge.historyAndScreenLines()).isEqualTo(screenful.historyAndScreenLines());
        assertThat(huge.scrollback().text(0).stripTrailing()).isEqualTo("top");
    }

    @Test
    void linePositionPastTheScreenLandsOnTheLastRow() {
        TerminalEngine e = fedPromptly(ESC + "[1000000dx" + ESC + "[99999999999dy");
        assertThat(e.screenLines().get(23)).isEqualTo("xy");
    }

    @Test
    void linePositionZeroIsTheFirstRow() {
        TerminalEngine e = fedPromptly("\r\n\r\n" + ESC + "[0dx");
        assertThat(e.screenLines().get(0)).isEqualTo("x");
    }

    @Test
    void cursorMovesWithOverflowedCountsStopAtTheScreensEdges() {
        TerminalEngine e = fedPromptly(ESC + "[99999999999B" + ESC + "[99999999999Cx" + ESC + "[99999999999A" + ESC + "[99999999999Dy");
        assertThat(e.screenLines().get(0)).isEqualTo("y");
        assertThat(e.screenLines().get(23)).isEqualTo(" ".repeat(79) + "x");
    }

    @Test
    void cursorPositionWithOverflowedCoordinatesLandsInTheLastCell() {
        TerminalEngine e = fedPromptly(ESC + "[99999999999;99999999999Hx");
        assertThat(e.screenLines().get(23)).isEqualTo(" ".repeat(79) + "x");
    }

    @Test
    void scrollRegionTheWrongWayRoundIsIgnored() {
        TerminalEngine e = fedPromptly(ESC + "[30;10r" + "a\r\n".repeat(30));
        assertThat(e.engineTerminal().scrollRegionTop()).isEqualTo(1);
        assertThat(e.engineTerminal().scrollRegionBottom()).isEqualTo(24);
        assertThat(e.scrollback().size()).isEqualTo(7);
    }

    @Test
    void scrollRegionPastTheScreenEndsAtItsLastRow() {
        TerminalEngine e = fedPromptly(ESC + "[5;100000r");
        assertThat(e.engineTerminal().scrollRegionTop()).isEqualTo(5);
        assertThat(e.engineTerminal().scrollRegionBottom()).isEqualTo(24);
    }

    @Test
    void programCannotResizeTheTerminal() {
        TerminalEngine e = fedPromptly(ESC + "[8;10000;10000t" + ESC + "[8;2;5t");
        assertThat(e.columns()).isEqualTo(80);
        assertThat(e.rows()).isEqualTo(24);
    }

    @Test
    void aLongTitleIsCut() {
        TerminalEngine e = fedPromptly(ESC + "]2;" + "t".repeat(60_000) + "\u0007");
        assertThat(e.title()).hasSize(EngineTerminal.MAX_TITLE_CHARS);
    }

    @Test
    void theTitleStackKeepsOnlyTheNewestTitles() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            s.append(ESC).append("]2;t").append(i).append('\u0007').append(ESC).append("[22;0t");
        }
        s.append((ESC + "[23;0t").repeat(1000));
        TerminalEngine e = fedPromptly(s.toString());
        // The oldest title still held is the tenth newest pushed.
        assertThat(e.title()).isEqualTo("t" + (1000 - EngineTerminal.MAX_SAVED_TITLES));
    }

    @Test
    void backspaceAtTheTopLeftStaysOnTheScreen() {
        TerminalEngine e = fedPromptly("\b\bx");
        assertThat(e.screenLines().get(0)).isEqualTo("x");
    }

    @Test
    void resizeSmallerWithTheCursorFarBelowAndRightOfTheTextKeepsTheText() {
        TerminalEngine e = new TerminalEngine(40, 12, 100);
        feed(e, "hello" + ESC + "[10;39H");
        e.resize(5, 2);
        ScreenBoundsCheck.check(e);
        assertThat(e.columns()).isEqualTo(5);
        assertThat(e.historyAndScreenLines()).startsWith("hello");
    }

    @Test
    void snapshotWithTheCursorWaitingToWrapOnAnEmptyRowRebuildsTheScreen() {
        TerminalEngine e = new TerminalEngine(5, 3, 100);
        feed(e, "abcde\n");
        TerminalEngine copy = copyThroughSnapshot(e);
        assertThat(copy.screenLines()).isEqualTo(e.screenLines());
        assertThat(copy.terminal().getCursorX()).isEqualTo(6);
        assertThat(copy.terminal().getCursorY()).isEqualTo(2);
        feed(e, "f");
        feed(copy, "f");
        assertThat(copy.screenLines()).isEqualTo(e.screenLines());
    }

    @Test
    void aWideCharacterReachingTheLastColumnWrapsInsteadOfGrowingTheLine() {
        TerminalEngine e = fedPromptly("a" + "\u4e2d".repeat(40) + "b");
        assertThat(e.textBuffer().getLine(0).getText().length()).isLessThanOrEqualTo(80);
        assertThat(e.screenLines().get(0)).isEqualTo("a" + "\u4e2d".repeat(39));
        assertThat(e.screenLines().get(1)).isEqualTo("\u4e2db");
    }

    @Test
    void aWideCharacterAtTheLastColumnWithAutowrapOffTakesTheLastTwoColumns() {
        TerminalEngine e = fedPromptly(ESC + "[?7l" + "a".repeat(79) + "\u4e2d");
        assertThat(e.screenLines().get(0)).isEqualTo("a".repeat(78) + "\u4e2d");
        assertThat(e.screenLines().get(1)).isEmpty();
    }

    @Test
    void snapshotWithTheCursorWaitingToWrapAfterAWideCharacterKeepsTheCharacterWhole() {
        TerminalEngine e = new TerminalEngine(8, 3, 100);
        feed(e, "abcdef\uf924");
        TerminalEngine copy = copyThroughSnapshot(e);
        assertThat(copy.screenLines()).isEqualTo(e.screenLines());
        assertThat(copy.terminal().getCursorX()).isEqualTo(e.terminal().getCursorX());
        assertThat(ScreenSerializer.serialize(copy)).isEqualTo(ScreenSerializer.serialize(e));
    }

    @Test
    void snapshotKeepsCharactersBeyondTheBasicPlane() {
        TerminalEngine e = new TerminalEngine(20, 3, 100);
        feed(e, "a\uD83D\uDE00b \uD835\uDC00");
        TerminalEngine copy = copyThroughSnapshot(e);
        assertThat(copy.screenLines()).isEqualTo(e.screenLines());
        assertThat(copy.screenLines().get(0)).contains("\uD83D\uDE00").contains("\uD835\uDC00");
    }

    @Test
    void snapshotRebuildsAWideCharacterWhoseFillerWasWrittenOver() {
        TerminalEngine e = new TerminalEngine(8, 2, 100);
        feed(e, "abcdef\u79a6\bC");
        TerminalEngine copy = copyThroughSnapshot(e);
        assertThat(copy.screenLines()).isEqualTo(e.screenLines());
    }

    @Test
    void longUnfinishedSequencesArrivingAByteAtATimeAreNotReadAgainOnEveryFeed() {
        // Time is what this checks: each of these took 20 to 60 seconds when every byte read the
        // whole unfinished sequence again.
        for (String start : new String[] {ESC + "]0;", ESC + "P", ESC + "["}) {
            TerminalEngine e = engine();
            byte[] body = (start.equals(ESC + "[") ? "1" : "a").repeat(70_000).getBytes(StandardCharsets.US_ASCII);
            feed(e, start);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                for (int i = 0; i < body.length; i++) {
                    e.feed(body, i, 1);
                }
            });
            ScreenBoundsCheck.check(e);
        }
    }

    @Test
    void sequencesArrivingAByteAtATimeActAsWhenTheyArriveWhole() {
        String out = ESC + "]2;my title" + ESC + "\\" + ESC + "[38;5;1" + "2mred" + ESC + "]0;other\u0007" + ESC + "[3;4Hx";
        TerminalEngine whole = engine();
        feed(whole, out);
        TerminalEngine bytes = engine();
        byte[] b = out.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i++) {
            bytes.feed(b, i, 1);
        }
        assertThat(bytes.title()).isEqualTo(whole.title()).isEqualTo("other");
        assertThat(bytes.screenLines()).isEqualTo(whole.screenLines());
        assertThat(ScreenSerializer.serialize(bytes)).isEqualTo(ScreenSerializer.serialize(whole));
    }

    @Test
    void c1ControlsInTextAreNotStoredAsCharacters() {
        TerminalEngine e = fedPromptly("[\n\u0093.J\r\nx\u0085y");
        assertThat(e.screenLines().subList(0, 3)).containsExactly("[", " .J", "xy");
        TerminalEngine copy = copyThroughSnapshot(e);
        assertThat(copy.screenLines()).isEqualTo(e.screenLines());
    }

    @Test
    void snapshotKeepsALetterAndAnAccentThatArrivedInSeparateReadsInSeparateCells() {
        TerminalEngine e = engine();
        feed(e, "e");
        feed(e, "\u0301x");
        TerminalEngine copy = copyThroughSnapshot(e);
        assertThat(copy.textBuffer().getLine(0).getText()).isEqualTo(e.textBuffer().getLine(0).getText());
    }

    @Test
    void resizeSmallerOnTheAlternateScreenKeepsOnlyTheNewRows() {
        TerminalEngine e = new TerminalEngine(26, 10, 100);
        feed(e, "main" + ESC + "[?1049h" + "row\r\n".repeat(9) + "last");
        e.resize(32, 8);
        ScreenBoundsCheck.check(e, 32);
        feed(e, ESC + "[?1049l");
        ScreenBoundsCheck.check(e, 32);
        assertThat(e.historyAndScreenLines()).contains("main");
    }

    @Test
    void anOverflowingParameterBeforeAnUnhandledCharacterIsNotPushedBackForEver() {
        TerminalEngine e = fedPromptly("a" + ESC + "[2147483648;-1x" + "b" + ESC + "[4294967295:5x" + "c\r\n");
        assertThat(e.screenLines().get(0)).isEqualTo("a-b:c");
    }

    @Test
    void aSequenceWithTooManyParametersToSpellBackStaysBounded() {
        TerminalEngine e = fedPromptly("a" + ESC + "[" + "1;".repeat(2000) + ":x" + "b\r\n");
        feed(e, "after\r\n");
        assertThat(e.screenLines()).contains("after");
    }

    @Test
    void aScrollRegionAShrinkingResizeTurnsUpsideDownBecomesTheWholeScreen() {
        TerminalEngine e = new TerminalEngine(20, 6, 100);
        feed(e, ESC + "[2;4r");
        e.resize(32, 3);
        feed(e, ":".repeat(100) + "\r\nend");
        ScreenBoundsCheck.check(e, 32);
        assertThat(e.engineTerminal().scrollRegionTop()).isEqualTo(1);
        assertThat(e.engineTerminal().scrollRegionBottom()).isEqualTo(3);
        assertThat(e.screenLines().get(2)).isEqualTo("end");
    }

    @Test
    void aRegionTheResizeLeavesWholeIsKept() {
        TerminalEngine e = new TerminalEngine(20, 6, 100);
        feed(e, ESC + "[2;5r");
        e.resize(20, 4);
        assertThat(e.engineTerminal().scrollRegionTop()).isEqualTo(2);
        assertThat(e.engineTerminal().scrollRegionBottom()).isEqualTo(3);
    }

    @Test
    void textThatNormalisingMakesLongerWrapsInsteadOfPassingTheLineEnd() {
        // U+0958 is one char in, two (U+0915 U+093C) once normalised, as the core writes it.
        for (int before = 14; before < 20; before++) {
            TerminalEngine e = new TerminalEngine(20, 4, 100);
            feed(e, "a".repeat(before) + "\u0958\u0958zz");
            ScreenBoundsCheck.check(e);
            assertThat(String.join("", e.screenLines())).as("after %d cells", before)
                    .isEqualTo("a".repeat(before) + "\u0915\u093c\u0915\u093czz");
            assertThat(copyThroughSnapshot(e).screenLines()).isEqualTo(e.screenLines());
        }
    }

    @Test
    void resizeNarrowerOnTheAlternateScreenCutsItsRowsAndNoCharacterInHalf() {
        TerminalEngine e = new TerminalEngine(20, 6, 100);
        feed(e, "main" + ESC + "[?1049h" + ESC + "[H" + "abcdefghijklm\u4e2dxyzuv" + ESC + "[2;1H0123456789");
        e.resize(14, 6);
        ScreenBoundsCheck.check(e, 20);
        assertThat(e.screenLines().subList(0, 2)).containsExactly("abcdefghijklm", "0123456789");
        feed(e, ESC + "[?1049l");
        ScreenBoundsCheck.check(e, 20);
        assertThat(e.historyAndScreenLines()).contains("main");
    }

    @Test
    void madeShorterWithTextBelowTheCursorOnTheTopRowTheEngineStaysWhole() {
        TerminalEngine e = new TerminalEngine(8, 8, 100);
        feed(e, "abc\r\nabc\r\nabc\r\nabc\r\nabb\r\n0d" + ESC + "[1;4H");
        e.resize(8, 4);
        ScreenBoundsCheck.check(e);
        assertThat(e.rows()).isEqualTo(4);
        assertThat(e.terminal().getCursorY()).isEqualTo(1);
        assertThat(e.historyAndScreenLines()).containsExactly("abc", "abc", "abc", "abc", "abb", "0d");
        feed(e, "z");
        ScreenBoundsCheck.check(e);
    }

    @Test
    void aCursorSavedBeforeTheScreenShrankComesBackOnIt() {
        TerminalEngine e = new TerminalEngine(8, 8, 100);
        feed(e, ESC + "[4;7H" + ESC + "7");
        e.resize(13, 2);
        feed(e, ESC + "8");
        ScreenBoundsCheck.check(e, 13);
        assertThat(e.terminal().getCursorY()).isEqualTo(2);
    }

    @Test
    void aTitleWithACharacterBeyondTheBmpSurvivesTheSnapshotAndAnEscapeInsideAbandonsIt() {
        TerminalEngine e = engine();
        String beyondTheBmp = new String(Character.toChars(0x58618));
        byte[] start = (ESC + "]2;title").getBytes(StandardCharsets.UTF_8);
        byte[] character = beyondTheBmp.getBytes(StandardCharsets.UTF_8);
        e.feed(start);
        e.feed(character, 0, 2);
        e.feed(character, 2, 2);
        e.feed("\u0007".getBytes(StandardCharsets.UTF_8));
        assertThat(e.title()).isEqualTo("title" + beyondTheBmp);
        assertThat(copyThroughSnapshot(e).title()).isEqualTo(e.title());
        // An ESC that is not the start of ST ends the string unfinished: the title stays as it was.
        feed(e, ESC + "]2;other" + ESC + "]0ot;her\u0007");
        assertThat(e.title()).doesNotContain(ESC).isIn("title" + beyondTheBmp, "ot;her");
        assertThat(copyThroughSnapshot(e).title()).isEqualTo(e.title());
    }

    @Test
    void madeShorterOnTheAlternateScreenTheCursorStaysOnIt() {
        TerminalEngine e = new TerminalEngine(32, 10, 100);
        feed(e, ESC + "[?1049h" + ESC + "[5;18Hx");
        e.resize(32, 3);
        ScreenBoundsCheck.check(e);
        assertThat(e.terminal().getCursorY()).isEqualTo(3);
    }

    @Test
    void aResetAfterAnUnterminatedOscOrDcsIsNotSwallowed() {
        for (String open : new String[] {ESC + "]0;never ended", ESC + "Pnever ended", "\u009d0;never ended"}) {
            TerminalEngine e = fedPromptly(open + ESC + "c" + "after the reset\r\n");
            assertThat(e.screenLines()).as(open).contains("after the reset");
            assertThat(e.title()).as(open).doesNotContain("never");
        }
    }

    @Test
    void aStringInterruptedInALaterReadIsAbandonedThere() {
        TerminalEngine e = engine();
        feed(e, ESC + "]2;half a title");
        feed(e, " and more");
        feed(e, ESC + "[1mbold" + ESC + "[0m\r\n");
        assertThat(e.screenLines()).contains("bold");
        assertThat(e.title()).doesNotContain("half");
    }

    @Test
    void canOrSubCancelsAString() {
        TerminalEngine e = fedPromptly(ESC + "]0;cancelled\u0018shown\r\n" + ESC + "Pdcs\u001ashown too\r\n");
        assertThat(e.screenLines()).contains("shown", "shown too");
    }

    @Test
    void aStringTerminatedByItsOwnStOrBelStillActs() {
        TerminalEngine e = fedPromptly(ESC + "]0;first" + ESC + "\\" + "a\r\n");
        assertThat(e.title()).isEqualTo("first");
        feed(e, ESC + "]2;second\u0007b\r\n");
        assertThat(e.title()).isEqualTo("second");
        assertThat(e.screenLines()).contains("a", "b");
    }
}
