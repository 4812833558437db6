package dev.linger.view;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;

/** The cursor as it appears on the X screen: shapes the program asks for, hollow when unfocused. */
class CursorGuiTest extends ShellGuiTest {
    private Robot screen;

    @BeforeEach
    void prepare() throws Exception {
        screen = new Robot();
    }

    /** The cursor cell on screen, read back from the X server. */
    private BufferedImage cursorCell() {
        Rectangle cell = GuiActionRunner.execute(() -> {
            int x = h.view.engine().terminal().getCursorX() - 1;
            int y = h.view.engine().terminal().getCursorY() - 1;
            Rectangle r = h.view.cellBounds(x, y);
            Point p = h.view.getLocationOnScreen();
            r.translate(p.x, p.y);
            return r;
        });
        return screen.createScreenCapture(cell);
    }

    private int cursorRgb() {
        return h.view.colorScheme().cursor();
    }

    private int backgroundRgb() {
        return h.view.colorScheme().background();
    }

    private boolean matches(BufferedImage img, int x, int y, int rgb) {
        return (img.getRGB(x, y) & 0xFFFFFF) == rgb;
    }

    @Test
    void steadyBlockFillsTheCellWhileFocused() {
        h.run("printf '\\033[2 q'; clear");
        h.waitFor(() -> {
            BufferedImage img = cursorCell();
            return matches(img, 1, 1, cursorRgb()) && matches(img, img.getWidth() / 2, img.getHeight() / 2, cursorRgb());
        }, "a filled block at the cursor");
    }

    @Test
    void barShapeIsAStripeAndUnfocusedIsHollow() {
        h.run("printf '\\033[6 q'; clear");
        h.waitFor(() -> {
            BufferedImage img = cursorCell();
            int mid = img.getHeight() / 2;
            return matches(img, 0, mid, cursorRgb()) && matches(img, img.getWidth() - 1, mid, backgroundRgb());
        }, "a bar at the left of the cursor cell");
        // Focus moves to the find bar: the cursor becomes an outline.
        h.chord(KeyEvent.VK_F, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        h.waitFor(() -> {
            BufferedImage img = cursorCell();
            int w = img.getWidth();
            int hh = img.getHeight();
            return matches(img, 0, 0, cursorRgb()) && matches(img, w - 1, hh - 1, cursorRgb())
                    && matches(img, w / 2, hh / 2, backgroundRgb());
        }, "a hollow box while another component has the focus");
    }
}
