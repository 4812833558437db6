package dev.linger.agent.server;

import dev.linger.agent.protocol.Frame;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutgoingQueueTest {

    @Test
    void framesQueuedTogetherAreTakenInOneBatchInOrder() throws Exception {
        OutgoingQueue queue = new OutgoingQueue();
        Frame response = Frame.control("{\"id\":2,\"result\":{\"channel\":1}}");
        Frame snapshot = Frame.snapshot(1, new byte[800_000]);
        assertThat(queue.offer(List.of(response, snapshot))).isTrue();
        List<Frame> batch = new ArrayList<>();
        assertThat(queue.takeBatch(batch, 4 << 20)).isTrue();
        assertThat(batch).containsExactly(response, snapshot);
        assertThat(queue.queuedBytes()).isZero();
    }

    @Test
    void aBatchStopsBeforeTheFrameThatWouldPassItsByteLimitButHoldsAtLeastOne() throws Exception {
        OutgoingQueue queue = new OutgoingQueue();
        Frame big = Frame.data(1, new byte[1000]);
        Frame small = Frame.data(1, new byte[10]);
        queue.offer(List.of(big));
        queue.offer(List.of(small));
        queue.offer(List.of(big));
        List<Frame> batch = new ArrayList<>();
        queue.takeBatch(batch, 100);
        assertThat(batch).containsExactly(big);
        batch.clear();
        queue.takeBatch(batch, 1100);
        assertThat(batch).containsExactly(small, big);
    }

    @Test
    void aClosedQueueEndsTheWriter() throws Exception {
        OutgoingQueue queue = new OutgoingQueue();
        queue.offer(List.of(Frame.control("{}")));
        queue.close();
        assertThat(queue.takeBatch(new ArrayList<>(), 1 << 20)).isFalse();
    }
}
