package dev.linger.view;

import dev.linger.term.TerminalEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * URLs in a {@link TerminalView}'s text: the link under the pointer while Ctrl (Cmd on macOS) is
 * held, which the view underlines, and where a click on it goes (the desktop's browser unless
 * the application says otherwise). Event thread only.
 */
final class ViewLinks {
    private static final Logger LOG = LoggerFactory.getLogger(ViewLinks.class);

    private final TerminalView view;
    private final TerminalEngine engine;
    private final LineSource lines;
    private final Viewport viewport;
    private final FrameScheduler frames;
    private Consumer<URI> opener = LinkOpener::open;
    private HoverLink hovered;

    ViewLinks(TerminalView view, TerminalEngine engine, LineSource lines, Viewport viewport, FrameScheduler frames) {
        this.view = view;
        this.engine = engine;
        this.lines = lines;
        this.viewport = viewport;
        this.frames = frames;
    }

    void setOpener(Consumer<URI> opener) {
        this.opener = opener;
    }

    void open(String url) {
        try {
            opener.accept(URI.create(url));
        } catch (IllegalArgumentException e) {
            LOG.info("not a URI: {}", url);
        }
    }

    /** The link drawn underlined, or null. */
    HoverLink hovered() {
        return hovered;
    }

    void setHovered(HoverLink link) {
        if (!Objects.equals(link, hovered)) {
            hovered = link;
            frames.request();
        }
    }

    /** The link under cell ({@code col}, {@code row} of the view), or null. */
    HoverLink at(int col, int row) {
        return EngineLock.read(engine, () -> {
            long abs = viewport.top(lines.historySize(), lines.totalAppended()) + row;
            CellRow cells = new CellRow();
            cells.load(lines.line(abs), engine.columns(), view.colorScheme());
            RowText text = RowText.of(cells);
            for (UrlDetector.Link link : UrlDetector.find(text.text)) {
                int from = text.column(link.start());
                int to = text.endColumn(link.end(), cells);
                if (col >= from && col < to) {
                    return new HoverLink(abs, from, to, link.url());
                }
            }
            return null;
        });
    }
}
