package dev.linger.view;

import java.awt.Rectangle;
import java.awt.font.TextHitInfo;
import java.awt.im.InputMethodRequests;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;

/**
 * What an input method asks of a text component. A terminal has no editable text of its own to
 * offer (committed text has gone to the program), so only the caret position matters: it places
 * the IME's candidate window at the cursor.
 */
abstract class ImeRequests implements InputMethodRequests {
    private static final AttributedCharacterIterator EMPTY = new AttributedString("").getIterator();

    /** The cursor cell in screen coordinates. */
    abstract Rectangle caretBounds();

    @Override
    public Rectangle getTextLocation(TextHitInfo offset) {
        return caretBounds();
    }

    @Override
    public TextHitInfo getLocationOffset(int x, int y) {
        return null;
    }

    @Override
    public int getInsertPositionOffset() {
        return 0;
    }

    @Override
    public AttributedCharacterIterator getCommittedText(int beginIndex, int endIndex, AttributedCharacterIterator.Attribute[] attributes) {
        return EMPTY;
    }

    @Override
    public int getCommittedTextLength() {
        return 0;
    }

    @Override
    public AttributedCharacterIterator cancelLatestCommittedText(AttributedCharacterIterator.Attribute[] attributes) {
        return null;
    }

    @Override
    public AttributedCharacterIterator getSelectedText(AttributedCharacterIterator.Attribute[] attributes) {
        return EMPTY;
    }
}
