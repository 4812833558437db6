package dev.linger.agent.hostile;

import dev.linger.agent.AgentHarness;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a program can make the terminal answer never carries text the program (or a file it
 * prints) chose: no title or icon report (CSI 21 t, CSI 20 t), no clipboard read through OSC 52,
 * no DECRQSS or XTGETTCAP echo of the asked-for string. A real program in a real session asks
 * for all of them after setting the text, then asks for the cursor position to prove that it
 * does read the answers, and keeps what comes back for the test.
 */
class RepliesStaySafeTest {
    private static final String ASKER = String.join("\n",
            "stty raw -echo",
            "printf '\\033]2;EVIL-TITLE\\007\\033]1;EVIL-ICON\\007\\033[21t\\033[20t'",
            "printf '\\033]52;c;RVZJTC1DTElQ\\007\\033]52;c;?\\007\\033]52;p;?\\033\\\\'",
            "printf '\\033P$qEVIL-DCS\\033\\\\\\033P$q\"EVIL\\033\\\\\\033P+q4556494c\\033\\\\'",
            "printf '\\033[6n'",
            // Everything that comes back within a second of quiet after the last answer.
            "got=''",
            "while IFS= read -r -s -n 1 -t 1 c; do got+=\"${c:-$'\\n'}\"; done",
            "stty sane",
            "printf '%s' \"$got\" | od -An -tx1 | tr -d ' \\n' > replies.hex",
            "echo replies-$((1+1))-done",
            "");

    @Test
    void noAnswerEchoesATitleAClipboardOrAQueriedString() throws Exception {
        try (AgentHarness agent = AgentHarness.start()) {
            Path script = Files.writeString(agent.dir().resolve("ask.sh"), ASKER);
            String id = agent.shell("asker").path("id").asText();
            agent.awaitText(id, "$");
            agent.type(id, "bash " + script + "\r");
            agent.awaitText(id, "replies-2-done");
            String replies = new String(HexFormat.of().parseHex(Files.readString(agent.dir().resolve("replies.hex")).strip()),
                    StandardCharsets.UTF_8);
            String shown = replies.replace("\u001b", "ESC").replace("\u0007", "BEL");
            assertThat(replies).as("the answers: %s", shown).containsPattern("\u001b\\[\\d+;\\d+R");
            assertThat(replies.toUpperCase()).as("the answers: %s", shown)
                    .doesNotContain("EVIL", "RVZJTC1DTElQ", "4556494C", "TITLE", "ICON");
        }
    }
}
