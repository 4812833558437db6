package dev.linger.term;

import dev.linger.term.TerminalEngine;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseFormat;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseMode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PrivateModeSplitterTest {
    private final PrivateModeSplitter splitter = new PrivateModeSplitter();

    private String run(String... chunks) {
        StringBuilder sb = new StringBuilder();
        for (String c : chunks) {
            byte[] in = c.getBytes(StandardCharsets.ISO_8859_1);
            splitter.process(in, 0, in.length);
            sb.append(new String(splitter.result(), splitter.offset(), splitter.length(), StandardCharsets.ISO_8859_1));
        }
        return sb.toString();
    }

    @Test
    void severalModesBecomeOneSequenceEach() {
        assertThat(run("a\u001b[?1000;1006hb")).isEqualTo("a\u001b[?1000h\u001b[?1006hb");
        assertThat(run("\u001b[?1049;25l")).isEqualTo("\u001b[?1049l\u001b[?25l");
    }

    @Test
    void aLongModeListKeepsTheTextBeforeIt() {
        assertThat(run("ab\u001b[?1000;1006;1015;2004h")).isEqualTo("ab\u001b[?1000h\u001b[?1006h\u001b[?1015h\u001b[?2004h");
    }

    @Test
    void everythingElsePassesThroughUnchanged() {
        String other = "plain \u001b[31mred\u001b[0m \u001b[?25h \u001b]0;title\u0007 \u001b(0q\u001b(B \u001b[?1;2$p \u001b\u001b[A";
        assertThat(run(other)).isEqualTo(other);
    }

    @Test
    void aSequenceSplitAcrossReadsIsHeldUntilComplete() {
        assertThat(run("x\u001b[?10", "00;10", "06hy")).isEqualTo("x\u001b[?1000h\u001b[?1006hy");
    }

    @Test
    void theEngineThenSeesEveryMode() {
        TerminalEngine engine = new TerminalEngine(20, 5, 0);
        String out = run("\u001b[?1002;1006h");
        engine.feed(out.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(engine.display().mouseMode()).isEqualTo(MouseMode.MOUSE_REPORTING_BUTTON_MOTION);
        assertThat(engine.display().mouseFormat()).isEqualTo(MouseFormat.MOUSE_FORMAT_SGR);
    }

    private static final String ON = "\u001b]1341;" + PrivateModeSplitter.STRIKE_COMMAND + ";1\u0007";
    private static final String OFF = "\u001b]1341;" + PrivateModeSplitter.STRIKE_COMMAND + ";0\u0007";

    @Test
    void strikethroughOnAndOffAreEachFollowedByTheEngineCommand() {
        assertThat(run("a\u001b[9mb\u001b[29mc")).isEqualTo("a\u001b[9m" + ON + "b\u001b[29m" + OFF + "c");
        assertThat(run("\u001b[1;9;31mx")).isEqualTo("\u001b[1;9;31m" + ON + "x");
        assertThat(run("\u001b[9;29m")).as("the last one wins").isEqualTo("\u001b[9;29m" + OFF);
    }

    @Test
    void colourNineIsNotStrikethrough() {
        for (String sgr : new String[] {"\u001b[38;5;9m", "\u001b[48;5;9m", "\u001b[48;2;9;9;9m", "\u001b[38:5:9m",
                "\u001b[38:2::9:9:9m", "\u001b[58;5;9m", "\u001b[1;38;5;9;4m", "\u001b[39m", "\u001b[19m", "\u001b[90m"}) {
            assertThat(run(sgr + "x")).as(sgr).isEqualTo(sgr + "x");
        }
    }

    @Test
    void strikethroughAfterAColourIsStillSeen() {
        assertThat(run("\u001b[38;5;196;9m")).endsWith(ON);
        assertThat(run("\u001b[48;2;1;2;3;9m")).endsWith(ON);
        assertThat(run("\u001b[38:5:196;9m")).endsWith(ON);
    }

    @Test
    void nineSplitAcrossTwoReadsIsStillStrikethrough() {
        assertThat(run("x\u001b[", "9my")).isEqualTo("x\u001b[9m" + ON + "y");
        assertThat(run("x\u001b[1;", "9my")).isEqualTo("x\u001b[1;9m" + ON + "y");
        assertThat(run("x\u001b[9", "my")).isEqualTo("x\u001b[9m" + ON + "y");
        assertThat(run("x\u001b[3", "9my")).as("39 is the default colour").isEqualTo("x\u001b[39my");
        assertThat(run("x\u001b[38;5;", "9my")).isEqualTo("x\u001b[38;5;9my");
    }

    @Test
    void resetsTurnStrikethroughOffOnlyWhenItMayBeOn() {
        assertThat(run("\u001b[0mx\u001b[mx")).isEqualTo("\u001b[0mx\u001b[mx");
        splitter.strikeInUse(true);
        assertThat(run("\u001b[0mx\u001b[mx\u001b[1;0m")).isEqualTo("\u001b[0m" + OFF + "x\u001b[m" + OFF + "x\u001b[1;0m" + OFF);
    }

    @Test
    void outputWithoutStrikethroughIsNotCopied() {
        byte[] in = "plain \u001b[31mred\u001b[0m \u001b[38;5;9mnine\u001b[m".getBytes(StandardCharsets.ISO_8859_1);
        splitter.process(in, 0, in.length);
        assertThat(splitter.result()).isSameAs(in);
        assertThat(splitter.length()).isEqualTo(in.length);
    }

    @Test
    void otherSequencesAroundAnSgrPassThrough() {
        String s = "\u001b[2J\u001b[1\u001b[9mx\u001b[>4;2m\u001b[?9h";
        assertThat(run(s)).isEqualTo("\u001b[2J\u001b[1\u001b[9m" + ON + "x\u001b[>4;2m\u001b[?9h");
    }

    @Test
    void strikethroughAnywhereInTheListIsSeenBeforeAnyWasOn() {
        for (String sgr : new String[] {"\u001b[9;1m", "\u001b[1;009;4m", "\u001b[38;5;1;9m", "\u001b[;9m", "\u001b[4;9m"}) {
            PrivateModeSplitter fresh = new PrivateModeSplitter();
            assertThat(processed(fresh, ("a" + sgr + "b").getBytes(StandardCharsets.ISO_8859_1), 0, sgr.length() + 2, false))
                    .as(sgr).isEqualTo("a" + sgr + ON + "b");
        }
        for (String sgr : new String[] {"\u001b[90;19;99m", "\u001b[:9m", "\u001b[9:1m", "\u001b[38;5;9m"}) {
            PrivateModeSplitter fresh = new PrivateModeSplitter();
            assertThat(processed(fresh, ("a" + sgr + "b").getBytes(StandardCharsets.ISO_8859_1), 0, sgr.length() + 2, false))
                    .as(sgr).isEqualTo("a" + sgr + "b");
        }
    }

    /** Fragments output is made of here: sequences whole and in pieces, the parameters that matter, and over-long ones. */
    private static final String[] FRAGMENTS = {
        "\u001b", "[", "?", "9", "09", "0", "1", ";", ":", "m", "h", "l", "x", "plain text ", "29", "38;5;", "48;2;9;9;9",
        "1000", "\u001b[", "\u001b[?", "\u001b[9m", "\u001b[0m", "\u001b[m", "\u001b[39m", "\u001b[38;5;9m", "\u001b[1;09m",
        "\u001b[:9m", "\u001b[?1000;1006;1015;2004h", "\u001b[?25l", "\u001b[?1049;25l", "\u001b\u001b[A", "\u001bc", "\u001b7",
        "1;".repeat(140), "\u001b[" + "1;".repeat(130) + "9m", "9".repeat(300),
    };

    @Test
    void copyingTheStretchesBetweenSequencesGivesWhatSteppingEveryByteGives() {
        for (int seed = 0; seed < 2000; seed++) {
            java.util.Random random = new java.util.Random(seed);
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(60); i < n; i++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
            PrivateModeSplitter copying = new PrivateModeSplitter(true);
            PrivateModeSplitter stepping = new PrivateModeSplitter(false);
            for (int off = 0; off < bytes.length; ) {
                int len = Math.min(bytes.length - off, random.nextInt(random.nextBoolean() ? 8 : 400));
                boolean strikeInUse = random.nextInt(4) == 0;
                String where = "seed " + seed + " at " + off;
                assertThat(processed(copying, bytes, off, len, strikeInUse)).as(where).isEqualTo(processed(stepping, bytes, off, len, strikeInUse));
                assertThat(copying.held()).as(where).isEqualTo(stepping.held());
                off += len;
            }
        }
    }

    private static String processed(PrivateModeSplitter splitter, byte[] bytes, int off, int len, boolean strikeInUse) {
        splitter.strikeInUse(strikeInUse);
        splitter.process(bytes, off, len);
        return new String(splitter.result(), splitter.offset(), splitter.length(), StandardCharsets.ISO_8859_1);
    }
}
