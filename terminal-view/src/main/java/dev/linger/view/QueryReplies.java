package dev.linger.view;

import com.techsenger.jeditermfx.core.TerminalOutputStream;

import java.nio.charset.StandardCharsets;

/**
 * The emulator's answers to the program's queries (cursor position, device attributes), sent
 * back through the connector. Only for connectors with nobody else to answer: see
 * {@link TerminalConnector#answersQueriesLocally()}.
 */
final class QueryReplies implements TerminalOutputStream {
    private final TerminalConnector connector;

    QueryReplies(TerminalConnector connector) {
        this.connector = connector;
    }

    @Override
    public void sendBytes(byte[] bytes, boolean userInput) {
        connector.write(bytes.clone());
    }

    @Override
    public void sendString(String string, boolean userInput) {
        connector.write(string.getBytes(StandardCharsets.UTF_8));
    }
}
