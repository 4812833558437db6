package dev.linger.view;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlDetectorTest {
    @Test
    void findsUrlsWithoutTrailingPunctuation() {
        assertThat(UrlDetector.find("see https://example.org/a?b=1, and http://x.io.").stream().map(UrlDetector.Link::url))
                .containsExactly("https://example.org/a?b=1", "http://x.io");
    }

    @Test
    void keepsBalancedBracketsAndDropsAnUnbalancedClosingOne() {
        assertThat(UrlDetector.find("(see https://en.wikipedia.org/wiki/Foo_(bar))").get(0).url())
                .isEqualTo("https://en.wikipedia.org/wiki/Foo_(bar)");
    }

    @Test
    void reportsWhereTheUrlIs() {
        UrlDetector.Link link = UrlDetector.find("ab file:///tmp/x z").get(0);
        assertThat(link.start()).isEqualTo(3);
        assertThat(link.end()).isEqualTo(16);
    }

    @Test
    void plainTextHasNoLinks() {
        assertThat(UrlDetector.find("no links here: example.org")).isEmpty();
    }
}
