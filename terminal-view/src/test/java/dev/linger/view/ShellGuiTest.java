package dev.linger.view;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A GUI test of the view on a real shell: each test gets a fresh {@link ShellHarness}, focused, closed after it. */
abstract class ShellGuiTest {
    protected ShellHarness h;

    /** The view's width in columns (24 rows). */
    int columns() {
        return 80;
    }

    @BeforeEach
    void openShell() throws Exception {
        h = ShellHarness.open(columns(), 24);
        h.focusView();
    }

    @AfterEach
    void closeShell() throws Exception {
        h.close();
    }
}
