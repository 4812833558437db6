package dev.linger.term;

import com.techsenger.jeditermfx.core.emulator.charset.CharacterSet;
import com.techsenger.jeditermfx.core.emulator.charset.GraphicSetState;

/**
 * Whether the core's text path would hand a run of characters to the screen unchanged. The core
 * NFC-normalises every run and then maps each character through the character sets; for
 * ordinary output both are the identity, and costly. This answers for which runs they are:
 * <ul>
 * <li>no single shift (SS2, SS3) pending, since the core spends it on the run's first character;</li>
 * <li>characters U+0020..U+007F only while GL holds ASCII (the only set that maps none of them);</li>
 * <li>characters U+00A0..U+02FF, which no set maps. Below U+0300 (where combining marks begin)
 * every character is its own NFC form and none composes with its neighbour.</li>
 * </ul>
 * Controls (C0, C1) and everything from U+0300 on take the core's path.
 */
final class PlainText {
    static final char FIRST_COMBINING = '\u0300';

    private PlainText() {
    }

    static boolean passesUnchanged(String run, GraphicSetState charsets) {
        if (charsets.getGLOverrideIndex() >= 0) {
            return false;
        }
        // getGL() clears a single shift, but there is none here: it only reads.
        boolean asciiGl = charsets.getGL().getDesignation() == CharacterSet.ASCII;
        for (int i = 0, n = run.length(); i < n; i++) {
            char c = run.charAt(i);
            if (c >= 0x20 && c <= 0x7F) {
                if (!asciiGl) {
                    return false;
                }
            } else if (c < 0xA0 || c >= FIRST_COMBINING) {
                return false;
            }
        }
        return true;
    }
}
