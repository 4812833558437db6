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
        queue.written();
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

    @Test
    void aDirectWriteIsRefusedWhileFramesWaitOrABatchIsBeingWritten() throws Exception {
        OutgoingQueue queue = new OutgoingQueue();
        queue.offer(List.of(Frame.data(1, new byte[10])));
        assertThat(queue.claimDirect(1)).as("a frame is queued").isFalse();
        List<Frame> batch = new ArrayList<>();
        queue.takeBatch(batch, 1 << 20);
        assertThat(queue.claimDirect(1)).as("the batch is being written").isFalse();
        queue.written();
        assertThat(queue.claimDirect(1)).isTrue();
        assertThat(queue.claimDirect(2)).as("another direct write is under way").isFalse();
        queue.directDone(null);
        assertThat(queue.claimDirect(2)).isTrue();
    }

    @Test
    void whatTheSocketDidNotTakeOfADirectWriteGoesOutBeforeWhatWasQueuedAfterIt() throws Exception {
        OutgoingQueue queue = new OutgoingQueue();
        assertThat(queue.claimDirect(1)).isTrue();
        java.nio.ByteBuffer frame = Frame.data(1, new byte[100]).encode();
        frame.position(60);                 // the socket took 60 bytes
        queue.directDone(frame);
        Frame later = Frame.data(1, new byte[5]);
        queue.offerData(1, new byte[5]);
        assertThat(queue.claimDirect(1)).as("a rest is waiting").isFalse();
        assertThat(queue.queuedBytes()).isEqualTo(49 + later.wireSize());
        List<Frame> batch = new ArrayList<>();
        assertThat(queue.takeBatch(batch, 1 << 20)).isTrue();
        assertThat(queue.takeRest()).isSameAs(frame);
        assertThat(frame.remaining()).isEqualTo(49);
        assertThat(batch).hasSize(1);
        assertThat(batch.get(0).payload()).hasSize(5);
        assertThat(queue.queuedBytes()).isZero();
    }

    @Test
    void theWriterWaitsUntilADirectWriteHasEnded() throws Exception {
        OutgoingQueue queue = new OutgoingQueue();
        assertThat(queue.claimDirect(1)).isTrue();
        queue.offer(List.of(Frame.control("{}")));
        List<Frame> batch = new ArrayList<>();
        Thread writer = new Thread(() -> {
            try {
                queue.takeBatch(batch, 1 << 20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writer.start();
        while (writer.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        assertThat(batch).isEmpty();
        queue.directDone(null);
        writer.join(10_000);
        assertThat(batch).hasSize(1);
    }
}
