package dev.linger.agent.session;

/** One client attached to a session: its channel on that client's connection and its size. */
public final class Subscriber {
    private final int channel;
    private final SubscriberSink sink;
    private int columns;
    private int rows;

    public Subscriber(int channel, SubscriberSink sink, int columns, int rows) {
        this.channel = channel;
        this.sink = sink;
        this.columns = columns;
        this.rows = rows;
    }

    public int channel() {
        return channel;
    }

    public SubscriberSink sink() {
        return sink;
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    void setSize(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }
}
