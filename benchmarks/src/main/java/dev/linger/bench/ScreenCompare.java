package dev.linger.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether two captures show the same screen text, and where they first differ. Both sides are
 * brought to the same form first: trailing blanks of each line and trailing blank lines dropped
 * (Linger's capture drops them, tmux's keeps the lines), and Unicode NFC, since a letter with a
 * combining mark looks the same whether an emulator stores it composed or not. Styles are not
 * compared: the two capture formats spell them differently.
 */
final class ScreenCompare {
    private ScreenCompare() {
    }

    /** Null when the screens match; otherwise the first differing line of each. */
    static String firstDifference(List<String> linger, List<String> tmux) {
        List<String> a = normal(linger);
        List<String> b = normal(tmux);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "";
            String y = i < b.size() ? b.get(i) : "";
            if (!x.equals(y)) {
                return String.format(Locale.ROOT, "line %d: Linger \"%s\" vs tmux \"%s\"", i + 1, x, y);
            }
        }
        return null;
    }

    private static List<String> normal(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(Normalizer.normalize(line, Normalizer.Form.NFC).stripTrailing());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
