package dev.linger.view;

import dev.linger.view.MouseReporter.Format;
import dev.linger.view.MouseReporter.Kind;
import dev.linger.view.MouseReporter.Mode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MouseReporterTest {
    private static String s(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void defaultFormatIsThreeBytesOffsetBy32WithOneBasedCells() {
        assertThat(s(MouseReporter.encode(Mode.NORMAL, Format.DEFAULT, Kind.PRESS, MouseReporter.LEFT, 4, 2, 0)))
                .isEqualTo("\u001b[M" + (char) 32 + (char) (32 + 5) + (char) (32 + 3));
        assertThat(s(MouseReporter.encode(Mode.NORMAL, Format.DEFAULT, Kind.RELEASE, MouseReporter.RIGHT, 0, 0, 0)))
                .as("release is button 3 outside SGR").isEqualTo("\u001b[M" + (char) 35 + (char) 33 + (char) 33);
    }

    @Test
    void sgrNamesTheButtonOnReleaseAndEndsWithLowercaseM() {
        assertThat(s(MouseReporter.encode(Mode.NORMAL, Format.SGR, Kind.PRESS, MouseReporter.MIDDLE, 9, 19, 0))).isEqualTo("\u001b[<1;10;20M");
        assertThat(s(MouseReporter.encode(Mode.NORMAL, Format.SGR, Kind.RELEASE, MouseReporter.MIDDLE, 9, 19, 0))).isEqualTo("\u001b[<1;10;20m");
    }

    @Test
    void urxvtIsDecimalWithTheOffsetButton() {
        assertThat(s(MouseReporter.encode(Mode.NORMAL, Format.URXVT, Kind.PRESS, MouseReporter.LEFT, 0, 0, 0))).isEqualTo("\u001b[32;1;1M");
    }

    @Test
    void utf8EncodesLargeCoordinatesAsTwoByteCharacters() {
        byte[] b = MouseReporter.encode(Mode.NORMAL, Format.UTF8, Kind.PRESS, MouseReporter.LEFT, 99, 0, 0);
        // column 100 + 32 = 132 = U+0084, two bytes in UTF-8
        assertThat(b).containsExactly(0x1b, '[', 'M', 32, 0xC2, 0x84, 33);
        assertThat(MouseReporter.encode(Mode.NORMAL, Format.DEFAULT, Kind.PRESS, MouseReporter.LEFT, 300, 0, 0))
                .as("the default encoding cannot express column 301").isNull();
    }

    @Test
    void modifiersAddShift4Alt8Ctrl16ExceptInX10() {
        assertThat(s(MouseReporter.encode(Mode.NORMAL, Format.SGR, Kind.PRESS, MouseReporter.LEFT, 0, 0,
                MouseReporter.SHIFT | MouseReporter.CTRL))).isEqualTo("\u001b[<20;1;1M");
        assertThat(s(MouseReporter.encode(Mode.X10, Format.SGR, Kind.PRESS, MouseReporter.LEFT, 0, 0, MouseReporter.CTRL)))
                .isEqualTo("\u001b[<0;1;1M");
    }

    @Test
    void eachModeReportsItsOwnEvents() {
        assertThat(MouseReporter.encode(Mode.NONE, Format.SGR, Kind.PRESS, 0, 0, 0, 0)).isNull();
        assertThat(MouseReporter.encode(Mode.X10, Format.SGR, Kind.RELEASE, 0, 0, 0, 0)).isNull();
        assertThat(MouseReporter.encode(Mode.X10, Format.SGR, Kind.WHEEL, MouseReporter.WHEEL_UP, 0, 0, 0)).isNull();
        assertThat(MouseReporter.encode(Mode.NORMAL, Format.SGR, Kind.MOTION, 0, 0, 0, 0)).isNull();
        assertThat(s(MouseReporter.encode(Mode.BUTTON_EVENT, Format.SGR, Kind.MOTION, MouseReporter.LEFT, 1, 1, 0))).isEqualTo("\u001b[<32;2;2M");
        assertThat(MouseReporter.encode(Mode.BUTTON_EVENT, Format.SGR, Kind.MOTION, MouseReporter.NO_BUTTON, 1, 1, 0)).isNull();
        assertThat(s(MouseReporter.encode(Mode.ANY_EVENT, Format.SGR, Kind.MOTION, MouseReporter.NO_BUTTON, 1, 1, 0))).isEqualTo("\u001b[<35;2;2M");
    }

    @Test
    void wheelIsButton64Up65Down() {
        assertThat(s(MouseReporter.encode(Mode.NORMAL, Format.SGR, Kind.WHEEL, MouseReporter.WHEEL_UP, 0, 0, 0))).isEqualTo("\u001b[<64;1;1M");
        assertThat(s(MouseReporter.encode(Mode.NORMAL, Format.SGR, Kind.WHEEL, MouseReporter.WHEEL_DOWN, 0, 0, 0))).isEqualTo("\u001b[<65;1;1M");
    }
}
