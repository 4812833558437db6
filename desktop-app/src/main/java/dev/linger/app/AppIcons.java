package dev.linger.app;

import javax.imageio.ImageIO;
import java.awt.Image;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The window icons, when the build copied them in (icons/png); none otherwise. */
final class AppIcons {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static List<Image> load() {
        List<Image> out = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("icons/linger-" + size + ".png")) {
                if (in != null) {
                    Image img = ImageIO.read(in);
                    if (img != null) {
                        out.add(img);
                    }
                }
            } catch (IOException e) {
                // a missing or unreadable size is skipped
            }
        }
        return out;
    }
}
