package dev.linger.term.hostile;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator is reproducible and reaches every kind of sequence it promises. */
class HostileStreamsTest {
    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws Exception {
        assertThat(bytes(5, 1 << 20)).isEqualTo(bytes(5, 1 << 20));
        assertThat(bytes(6, 1 << 20)).isNotEqualTo(bytes(5, 1 << 20));
    }

    @Test
    void everyCsiFinalByteAndTheCostlyKindsAppearInTwoMegabytes() throws Exception {
        String s = new String(bytes(17, 2 << 20), StandardCharsets.ISO_8859_1);
        // Only what is missing is reported: the stream itself would wreck the console that shows it.
        List<String> missing = new ArrayList<>();
        for (char f = 0x40; f <= 0x7E; f++) {
            if (!Pattern.compile("\u001b\\[[?<>=]*[0-9;:+\\-ex]*[ -/]?" + Pattern.quote(String.valueOf(f))).matcher(s).find()) {
                missing.add("CSI final 0x" + Integer.toHexString(f));
            }
        }
        for (String piece : List.of("\u001bc", "\u001b[!p", "\u000e", "\u000f", "\u001b(0", "\u001b[?1049h", "\u001b]52;c;?",
                "\u001b[21t", "\u001bP$q", "4294967296", "-2147483648", "\u00c0\u00af", "\u00ed\u00a0\u0080")) {
            if (!s.contains(piece)) {
                missing.add(piece.replace("\u001b", "ESC").chars().mapToObj(c -> c < 0x20 || c > 0x7e ? String.format("\\x%02x", c)
                        : String.valueOf((char) c)).reduce("", String::concat));
            }
        }
        if (!Pattern.compile("\u001b\\[-?\\d+;-?\\d+r").matcher(s).find()) {
            missing.add("a scroll region");
        }
        String text = new String(bytes(17, 2 << 20), StandardCharsets.UTF_8);
        if (!Pattern.compile("[\u0301\u0308\u0336\u20dd\u302a\ufe0f\u200d]{100,}").matcher(text).find()) {
            missing.add("a storm of 100 combining marks");
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void writesExactlyTheSizeAskedToAFile() throws Exception {
        Path file = Files.createTempFile("hostile", ".bin");
        try {
            HostileStreams.writeFile(file, 3_000_001, 9);
            assertThat(Files.size(file)).isEqualTo(3_000_001);
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes(9, 3_000_001));
        } finally {
            Files.delete(file);
        }
    }

    private static byte[] bytes(long seed, int size) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        new HostileStreams(seed).write(out, size);
        return out.toByteArray();
    }
}
