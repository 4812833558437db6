package dev.linger.app.window;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaneLabelTest {
    @Test
    void homeDirectoryIsShownAsTilde() {
        assertThat(Pane.shortDirectory(System.getProperty("user.home"))).isEqualTo("~");
    }

    @Test
    void otherDirectoriesAreShownByTheirLastName() {
        assertThat(Pane.shortDirectory("/usr/share/doc")).isEqualTo("doc");
        assertThat(Pane.shortDirectory("/")).isEqualTo("/");
    }
}
