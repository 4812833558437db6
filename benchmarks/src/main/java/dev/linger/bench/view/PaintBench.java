package dev.linger.bench.view;

import com.formdev.flatlaf.FlatDarkLaf;
import dev.linger.view.CellMetrics;
import dev.linger.view.CellRow;
import dev.linger.view.ColorScheme;
import dev.linger.view.FontSet;
import dev.linger.view.TerminalPainter;
import dev.linger.view.TerminalView;
import dev.linger.term.TerminalEngine;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Paint time per frame of a full 200×60 screen of coloured text (every cell has text, runs of
 * 256-colour and true-colour foregrounds and backgrounds, some bold): (1) the model-to-paint
 * path into an image (copy rows from the emulator, paint them); (2) the real, visible component,
 * {@code paintImmediately} of its whole area, which includes Swing's back buffer and the copy to
 * the X server. Prints median and p99 over {@code frames} frames after a warm-up.
 *
 * <p>Usage (needs a display): {@code java -cp benchmarks/target/linger-bench.jar dev.linger.bench.view.PaintBench [frames]}
 */
public final class PaintBench {
    private static final int COLS = 200;
    private static final int ROWS = 60;

    private PaintBench() {
    }

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        byte[] screen = colouredScreen();
        SwingUtilities.invokeAndWait(FlatDarkLaf::setup);
        offscreen(screen, frames);
        onscreen(screen, frames);
        System.exit(0);
    }

    static byte[] colouredScreen() {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder();
        String text = "The quick brown fox jumps over the lazy dog 0123456789 {}[]()<>=+-*/ ";
        for (int row = 0; row < ROWS; row++) {
            int col = 0;
            while (col < COLS) {
                int run = Math.min(COLS - col, 3 + r.nextInt(12));
                switch (r.nextInt(4)) {
                    case 0 -> sb.append("\u001b[38;5;").append(r.nextInt(256)).append('m');
                    case 1 -> sb.append("\u001b[38;2;").append(r.nextInt(256)).append(';').append(r.nextInt(256)).append(';')
                            .append(r.nextInt(256)).append('m');
                    case 2 -> sb.append("\u001b[1;3").append(r.nextInt(8)).append(";48;5;").append(r.nextInt(256)).append('m');
                    default -> sb.append("\u001b[0;9").append(r.nextInt(8)).append('m');
                }
                for (int i = 0; i < run; i++) {
                    sb.append(text.charAt((col + i) % text.length()));
                }
                sb.append("\u001b[0m");
                col += run;
            }
            if (row < ROWS - 1) {
                sb.append("\r\n");
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void offscreen(byte[] screen, int frames) {
        TerminalEngine engine = new TerminalEngine(COLS, ROWS, 0);
        engine.feed(screen);
        ColorScheme colors = ColorScheme.fromLookAndFeel();
        FontSet fonts = new FontSet(FontSet.defaultFamily(), 13f);
        CellMetrics m = CellMetrics.of(fonts);
        TerminalPainter painter = new TerminalPainter(fonts, m, colors);
        BufferedImage img = new BufferedImage(COLS * m.width(), ROWS * m.height(), BufferedImage.TYPE_INT_RGB);
        CellRow[] rows = new CellRow[ROWS];
        for (int i = 0; i < ROWS; i++) {
            rows[i] = new CellRow();
        }
        long[] times = new long[frames];
        for (int f = -100; f < frames; f++) {
            long t = System.nanoTime();
            engine.textBuffer().lock();
            try {
                for (int y = 0; y < ROWS; y++) {
                    rows[y].load(engine.textBuffer().getLine(y), COLS, colors);
                }
            } finally {
                engine.textBuffer().unlock();
            }
            Graphics2D g = img.createGraphics();
            CellMetrics.applyTextHints(g);
            for (int y = 0; y < ROWS; y++) {
                painter.paintRow(g, rows[y], 0, y * m.height());
            }
            g.dispose();
            if (f >= 0) {
                times[f] = System.nanoTime() - t;
            }
        }
        report("model-to-paint into an image, " + fonts.family() + " " + fonts.size() + "pt, " + img.getWidth() + "×" + img.getHeight() + " px", times);
    }

    private static void onscreen(byte[] screen, int frames) throws Exception {
        TerminalView[] view = new TerminalView[1];
        JFrame[] frame = new JFrame[1];
        SwingUtilities.invokeAndWait(() -> {
            view[0] = new TerminalView(0);
            view[0].setPreferredGrid(COLS, ROWS);
            frame[0] = new JFrame("paint bench");
            frame[0].setContentPane(view[0]);
            frame[0].pack();
            frame[0].setLocation(0, 0);
            frame[0].setVisible(true);
        });
        Thread.sleep(500);
        view[0].feed(screen, 0, screen.length);
        Thread.sleep(300);
        long[] times = new long[frames];
        for (int f = -100; f < frames; f++) {
            int index = f;
            SwingUtilities.invokeAndWait(() -> {
                Rectangle all = new Rectangle(0, 0, view[0].getWidth(), view[0].getHeight());
                long t = System.nanoTime();
                view[0].paintImmediately(all);
                java.awt.Toolkit.getDefaultToolkit().sync();
                if (index >= 0) {
                    times[index] = System.nanoTime() - t;
                }
            });
        }
        report("visible TerminalView " + view[0].columns() + "×" + view[0].rows() + ", paintImmediately + sync", times);
        SwingUtilities.invokeAndWait(() -> frame[0].dispose());
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        double median = s[s.length / 2] / 1e6;
        double p99 = s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] / 1e6;
        System.out.printf("%s: %d frames, median %.2f ms, p99 %.2f ms, max %.2f ms%n", what, s.length, median, p99, s[s.length - 1] / 1e6);
    }
}
