package dev.linger.view;

/**
 * A link under the pointer while Ctrl (Cmd on macOS) is held: cells [startCol, endCol) of the
 * absolute line {@code line}, drawn underlined, opened by a click.
 */
record HoverLink(long line, int startCol, int endCol, String url) {
}
