package dev.linger.view;

import com.techsenger.jeditermfx.core.TerminalColor;
import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.assertj.core.api.Assertions.assertThat;

class ColorSchemeTest {
    private final ColorScheme c = new ColorScheme(new Color(0xAAAAAA), new Color(0x111111), Color.BLUE, null, true);

    @Test
    void the256ColourCubeAndGreyRampFollowXterm() {
        assertThat(c.indexed(16)).isEqualTo(0x000000);
        assertThat(c.indexed(21)).isEqualTo(0x0000FF);
        assertThat(c.indexed(196)).isEqualTo(0xFF0000);
        assertThat(c.indexed(231)).isEqualTo(0xFFFFFF);
        assertThat(c.indexed(232)).isEqualTo(0x080808);
        assertThat(c.indexed(255)).isEqualTo(0xEEEEEE);
    }

    @Test
    void defaultColoursComeFromTheThemeAndRgbPassesThrough() {
        assertThat(c.foreground((TerminalColor) null)).isEqualTo(0xAAAAAA);
        assertThat(c.background((TerminalColor) null)).isEqualTo(0x111111);
        assertThat(c.foreground(TerminalColor.rgb(1, 2, 3))).isEqualTo(0x010203);
        assertThat(c.background(TerminalColor.index(9))).isEqualTo(c.indexed(9));
    }

    @Test
    void darkAndLightThemesGetDifferentAnsiColours() {
        ColorScheme light = new ColorScheme(Color.BLACK, Color.WHITE, Color.BLUE, null);
        assertThat(light.indexed(4)).isNotEqualTo(c.indexed(4));
    }
}
