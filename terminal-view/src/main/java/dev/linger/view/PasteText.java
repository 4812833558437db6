package dev.linger.view;

import java.nio.charset.StandardCharsets;

/**
 * What a paste sends: line breaks as carriage returns (what the Enter key sends), wrapped in
 * bracketed-paste markers when the program asked for them. The end marker is removed from the
 * pasted text itself, so pasted text can never end the bracket early and run as typed commands.
 */
public final class PasteText {
    public static final String START = "\u001b[200~";
    public static final String END = "\u001b[201~";

    private PasteText() {
    }

    public static String normalizeLineBreaks(String text) {
        return text.replace("\r\n", "\r").replace('\n', '\r');
    }

    /** True when the text would run something in a shell that does not bracket pastes. */
    public static boolean hasLineBreak(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    /** Lines the text spans, for the confirmation question. */
    public static int lineCount(String text) {
        String t = normalizeLineBreaks(text);
        int n = 1;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\r' && i < t.length() - 1) {
                n++;
            }
        }
        return n;
    }

    public static byte[] encode(String text, boolean bracketed) {
        String body = normalizeLineBreaks(text);
        if (bracketed) {
            body = START + body.replace(END, "").replace(START, "") + END;
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
