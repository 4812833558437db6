package dev.linger.view;

import dev.linger.term.TerminalEngine;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SearchModelTest {
    private final TerminalEngine engine = new TerminalEngine(20, 3, 100);
    private final LineSource lines = new LineSource(engine);
    private final ColorScheme colors = new ColorScheme(Color.WHITE, Color.BLACK, Color.BLUE, null, true);

    @Test
    void findsMatchesInHistoryAndScreenNewestFirstThenOlder() {
        for (int i = 0; i < 10; i++) {
            engine.feed(("row " + i + (i % 3 == 0 ? " Needle" : "") + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        SearchModel search = new SearchModel();
        search.search(SearchModel.compile("needle", false), lines, colors, 20);
        assertThat(search.matches()).hasSize(4);
        assertThat(search.current().line()).isEqualTo(search.matches().get(3).line());
        assertThat(search.older().line()).isEqualTo(search.matches().get(2).line());
        assertThat(search.newer().line()).isEqualTo(search.matches().get(3).line());
        assertThat(search.newer().line()).as("wraps to the oldest").isEqualTo(search.matches().get(0).line());
        search.search(SearchModel.compile("needle", true), lines, colors, 20);
        assertThat(search.matches()).isEmpty();
    }

    @Test
    void matchColumnsCountWideCharactersAsTwoCells() {
        engine.feed("中文 key".getBytes(StandardCharsets.UTF_8));
        SearchModel search = new SearchModel();
        search.search(SearchModel.compile("key", true), lines, colors, 20);
        SearchModel.Match m = search.current();
        assertThat(m.startCol()).isEqualTo(5);
        assertThat(m.endCol()).isEqualTo(8);
    }
}
