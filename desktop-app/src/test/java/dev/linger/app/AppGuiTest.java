package dev.linger.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A GUI test of the real app: each test gets a fresh {@link AppHarness} (its own home and agent), closed after it. */
abstract class AppGuiTest {
    protected AppHarness h;

    @BeforeEach
    void startHarness() throws Exception {
        h = AppHarness.start();
    }

    @AfterEach
    void closeHarness() throws Exception {
        h.close();
    }
}
