package dev.linger.view;

import com.techsenger.jeditermfx.core.CursorShape;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static dev.linger.view.PaintFixture.BG;
import static dev.linger.view.PaintFixture.FG;
import static org.assertj.core.api.Assertions.assertThat;

/** The model-to-paint path: emulator output → cells → pixels. */
class TerminalPainterTest {
    private final PaintFixture f = new PaintFixture(10, 3);

    @Test
    void ansiBackgroundFillsTheWholeCellWithThePaletteColour() {
        BufferedImage img = f.feed("\u001b[41m \u001b[0m ").paint(f.row(0));
        assertThat(f.count(img, 0, 0, f.colors.indexed(1))).isEqualTo(f.cellPixels());
        assertThat(f.count(img, 1, 0, BG)).isEqualTo(f.cellPixels());
    }

    @Test
    void colours256AndTrueColourReachThePixels() {
        BufferedImage img = f.feed("\u001b[48;5;196m \u001b[48;5;244m \u001b[48;2;10;20;30m \u001b[0m").paint(f.row(0));
        assertThat(PaintFixture.rgb(img, 1, 1)).isEqualTo(0xFF0000);
        assertThat(PaintFixture.rgb(img, f.metrics.width() + 1, 1)).isEqualTo(0x808080);
        assertThat(PaintFixture.rgb(img, 2 * f.metrics.width() + 1, 1)).isEqualTo(0x0A141E);
    }

    @Test
    void textIsDrawnInItsForegroundColourInsideItsCell() {
        BufferedImage img = f.feed("\u001b[32mW\u001b[0m").paint(f.row(0));
        assertThat(f.count(img, 0, 0, f.colors.indexed(2))).isGreaterThan(10);
        assertThat(f.count(img, 1, 0, BG)).isEqualTo(f.cellPixels());
    }

    @Test
    void inverseSwapsForegroundAndBackground() {
        BufferedImage img = f.feed("\u001b[7m \u001b[0m").paint(f.row(0));
        assertThat(f.count(img, 0, 0, FG)).isEqualTo(f.cellPixels());
    }

    @Test
    void hiddenTextLeavesOnlyTheBackground() {
        BufferedImage img = f.feed("\u001b[8mW\u001b[0m").paint(f.row(0));
        assertThat(f.count(img, 0, 0, BG)).isEqualTo(f.cellPixels());
    }

    @Test
    void dimTextIsHalfwayToTheBackground() {
        BufferedImage img = f.feed("\u001b[2mW\u001b[0m").paint(f.row(0));
        assertThat(f.count(img, 0, 0, ColorScheme.blend(FG, BG))).isGreaterThan(10);
        assertThat(f.count(img, 0, 0, FG)).isZero();
    }

    @Test
    void underlineDrawsALineUnderTheCell() {
        BufferedImage img = f.feed("\u001b[4m \u001b[0m ").paint(f.row(0));
        assertThat(f.count(img, 0, 0, FG)).isGreaterThanOrEqualTo(f.metrics.width());
        assertThat(f.count(img, 1, 0, FG)).isZero();
    }

    @Test
    void strikethroughDrawsALineThroughStruckTextOnly() {
        CellRow row = f.feed("\u001b[9mmmm\u001b[29mmmm\u001b[0m").row(0);
        assertThat(row.flags(0) & CellRow.STRIKE).isNotZero();
        assertThat(row.flags(3) & CellRow.STRIKE).isZero();
        BufferedImage img = f.paint(row);
        int y = f.metrics.strikeY();
        assertThat(y).as("the line is inside the cell, above the baseline").isBetween(1, f.metrics.ascent() - 1);
        int w = f.metrics.width();
        for (int x = 0; x < 3 * w; x++) {
            assertThat(PaintFixture.rgb(img, x, y)).as("struck pixel %d", x).isEqualTo(FG);
        }
        int unbroken = 0;
        for (int x = 3 * w; x < 6 * w; x++) {
            unbroken = PaintFixture.rgb(img, x, y) == FG ? unbroken + 1 : 0;
            assertThat(unbroken).as("no line through plain text (pixel %d)", x).isLessThan(w);
        }
        PaintFixture b = new PaintFixture(10, 3).feed("\u001b[9;31m  \u001b[0m  ");
        BufferedImage blanks = b.paint(b.row(0));
        assertThat(b.count(blanks, 0, 0, b.colors.indexed(1))).as("struck blanks, in the text colour").isGreaterThanOrEqualTo(w);
        assertThat(b.count(blanks, 2, 0, b.colors.indexed(1))).isZero();
    }

    @Test
    void boldAndItalicUseTheirOwnFaces() {
        int plain = f.count(new PaintFixture(10, 3).feed("W").paint(f.row(0)), 0, 0, FG);
        PaintFixture b = new PaintFixture(10, 3).feed("\u001b[1mW");
        int bold = b.count(b.paint(b.row(0)), 0, 0, FG);
        assertThat(bold).isGreaterThan(plain);
        PaintFixture i = new PaintFixture(10, 3).feed("\u001b[3mI");
        PaintFixture u = new PaintFixture(10, 3).feed("I");
        assertThat(pixelsOf(i.paint(i.row(0)), i)).isNotEqualTo(pixelsOf(u.paint(u.row(0)), u));
    }

    private static int[] pixelsOf(BufferedImage img, PaintFixture f) {
        return img.getRGB(0, 0, f.metrics.width(), f.metrics.height(), null, 0, f.metrics.width());
    }

    @Test
    void wideCharactersTakeTwoCellsAndTheNextCharacterFollowsThem() {
        CellRow row = f.feed("中a").row(0);
        assertThat(row.flags(0) & CellRow.WIDE).isNotZero();
        assertThat(row.flags(1) & CellRow.CONTINUATION).isNotZero();
        assertThat(row.codePoint(2)).isEqualTo('a');
        BufferedImage img = f.paint(row);
        assertThat(f.count(img, 0, 0, FG) + f.count(img, 1, 0, FG)).isGreaterThan(20);
        assertThat(f.count(img, 1, 0, FG)).as("the glyph reaches into its second cell").isGreaterThan(0);
        assertThat(f.count(img, 2, 0, FG)).as("'a' in the third cell").isGreaterThan(0);
    }

    @Test
    void emojiFromBeyondTheBasicPlaneIsOneGlyphInTwoCells() {
        CellRow row = f.feed("\uD83D\uDE00b").row(0);
        assertThat(row.codePoint(0)).isEqualTo(0x1F600);
        assertThat(row.flags(0) & CellRow.WIDE).isNotZero();
        assertThat(row.flags(1) & CellRow.CONTINUATION).isNotZero();
        assertThat(row.codePoint(2)).isEqualTo('b');
        assertThat(row.text(0, 3)).isEqualTo("\uD83D\uDE00b");
    }

    @Test
    void boxDrawingLinesJoinAcrossCellsAndRows() {
        BufferedImage h = f.feed("──").paint(f.row(0));
        int midY = -1;
        for (int y = 0; y < f.metrics.height() && midY < 0; y++) {
            if (PaintFixture.rgb(h, 0, y) == FG) {
                midY = y;
            }
        }
        assertThat(midY).as("a horizontal line starts at the cell's left edge").isGreaterThanOrEqualTo(0);
        for (int x = 0; x < 2 * f.metrics.width(); x++) {
            assertThat(PaintFixture.rgb(h, x, midY)).as("pixel %d of the line", x).isEqualTo(FG);
        }
        PaintFixture v = new PaintFixture(10, 3).feed("│\r\n│");
        BufferedImage img = v.paintRows(2);
        int midX = -1;
        for (int x = 0; x < v.metrics.width() && midX < 0; x++) {
            if (PaintFixture.rgb(img, x, 0) == FG) {
                midX = x;
            }
        }
        assertThat(midX).isGreaterThanOrEqualTo(0);
        for (int y = 0; y < 2 * v.metrics.height(); y++) {
            assertThat(PaintFixture.rgb(img, midX, y)).as("row %d of the line", y).isEqualTo(FG);
        }
    }

    @Test
    void lineDrawingCharsetBecomesBoxDrawing() {
        CellRow row = f.feed("\u001b(0lqk\u001b(B").row(0);
        assertThat(row.text(0, 3)).isEqualTo("┌─┐");
        assertThat(BoxDrawing.handles(row.codePoint(1))).isTrue();
    }

    @Test
    void blockElementsFillTheirPartOfTheCell() {
        BufferedImage img = f.feed("█▀▄").paint(f.row(0));
        int cell = f.cellPixels();
        assertThat(f.count(img, 0, 0, FG)).isEqualTo(cell);
        int w = f.metrics.width();
        int h = f.metrics.height();
        assertThat(PaintFixture.rgb(img, w + 1, 1)).isEqualTo(FG);
        assertThat(PaintFixture.rgb(img, w + 1, h - 1)).isEqualTo(BG);
        assertThat(PaintFixture.rgb(img, 2 * w + 1, 1)).isEqualTo(BG);
        assertThat(PaintFixture.rgb(img, 2 * w + 1, h - 1)).isEqualTo(FG);
    }

    @Test
    void selectionRecolorsItsCells() {
        CellRow row = f.feed("abc").row(0);
        row.recolor(1, 2, PaintFixture.SELECTION, -1);
        BufferedImage img = f.paint(row);
        assertThat(PaintFixture.rgb(img, f.metrics.width(), 0)).isEqualTo(PaintFixture.SELECTION);
        assertThat(PaintFixture.rgb(img, 0, 0)).isEqualTo(BG);
    }

    @Test
    void blinkingTextDisappearsInTheOffPhaseOnly() {
        CellRow row = f.feed("\u001b[5mW").row(0);
        assertThat(f.count(f.paint(row), 0, 0, FG)).isGreaterThan(0);
        f.painter.setBlinkingTextVisible(false);
        assertThat(f.count(f.paint(row), 0, 0, FG)).isZero();
    }

    @Test
    void unfocusedCursorIsAHollowBoxAndAFocusedBarIsAStripe() {
        BufferedImage img = new BufferedImage(f.metrics.width(), f.metrics.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(BG));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        f.painter.paintCursorOverlay(g, CursorShape.BLINK_BLOCK, false, 0, 0, 1);
        int w = f.metrics.width();
        int h = f.metrics.height();
        assertThat(PaintFixture.rgb(img, 0, 0)).isEqualTo(FG);
        assertThat(PaintFixture.rgb(img, w - 1, h - 1)).isEqualTo(FG);
        assertThat(PaintFixture.rgb(img, w / 2, h / 2)).isEqualTo(BG);
        g.setColor(new java.awt.Color(BG));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        f.painter.paintCursorOverlay(g, CursorShape.STEADY_VERTICAL_BAR, true, 0, 0, 1);
        g.dispose();
        assertThat(PaintFixture.rgb(img, 0, h / 2)).isEqualTo(FG);
        assertThat(PaintFixture.rgb(img, w - 1, h / 2)).isEqualTo(BG);
    }
}
