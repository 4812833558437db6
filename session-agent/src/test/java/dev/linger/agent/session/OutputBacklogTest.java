package dev.linger.agent.session;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class OutputBacklogTest {
    @Test
    void drainFeedsEveryReadInOrderJoiningNeighboursUpToTheBatchSize() throws Exception {
        OutputBacklog backlog = new OutputBacklog();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 40; i++) {
            byte[] chunk = new byte[3000 + i];
            java.util.Arrays.fill(chunk, (byte) i);
            backlog.reserve(chunk.length);
            backlog.add(chunk);
            expected.write(chunk);
        }
        ByteArrayOutputStream fed = new ByteArrayOutputStream();
        List<Integer> feeds = new ArrayList<>();
        assertThat(backlog.drain((b, off, len) -> {
            fed.write(b, off, len);
            feeds.add(len);
        })).isTrue();

        assertThat(fed.toByteArray()).isEqualTo(expected.toByteArray());
        assertThat(feeds).allMatch(n -> n <= OutputBacklog.BATCH);
        assertThat(feeds.size()).isLessThan(40 / 5);
        assertThat(backlog.drain((b, off, len) -> fed.write(b, off, len))).isFalse();
    }

    @Test
    void aFeedThatThrowsStillGivesItsRoomBack() throws Exception {
        OutputBacklog backlog = new OutputBacklog();
        backlog.reserve(OutputBacklog.LIMIT);
        backlog.add(new byte[OutputBacklog.LIMIT]);
        try {
            backlog.drain((b, off, len) -> {
                throw new IllegalStateException("emulator failed");
            });
        } catch (IllegalStateException expected) {
            // the session logs it and goes on
        }
        Thread reader = new Thread(() -> {
            try {
                backlog.reserve(OutputBacklog.LIMIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        reader.join(5_000);
        assertThat(reader.isAlive()).as("the reader must not wait for room a failed feed kept").isFalse();
    }

    @Test
    void aReadLargerThanTheBatchIsFedAlone() throws Exception {
        OutputBacklog backlog = new OutputBacklog();
        byte[] big = new byte[OutputBacklog.BATCH + 1];
        backlog.reserve(big.length);
        backlog.add(big);
        List<Integer> feeds = new ArrayList<>();
        backlog.drain((b, off, len) -> feeds.add(len));
        assertThat(feeds).containsExactly(big.length);
    }

    @Test
    void onlyOneDrainIsClaimedAtATimeAndReleaseAsksAgainWhenMoreArrived() throws Exception {
        OutputBacklog backlog = new OutputBacklog();
        assertThat(backlog.claim()).as("nothing queued").isFalse();
        backlog.reserve(1);
        backlog.add(new byte[1]);
        assertThat(backlog.claim()).isTrue();
        assertThat(backlog.claim()).as("already claimed").isFalse();
        backlog.drain((b, off, len) -> { });
        backlog.reserve(1);
        backlog.add(new byte[1]);
        assertThat(backlog.release()).as("a read came during the drain").isTrue();
        backlog.drain((b, off, len) -> { });
        assertThat(backlog.release()).isFalse();
        assertThat(backlog.claim()).isFalse();
    }

    @Test
    void theReaderWaitsOnceTheLimitIsQueuedAndGoesOnWhenItIsParsed() throws Exception {
        OutputBacklog backlog = new OutputBacklog();
        int chunk = 4096;
        for (int queued = 0; queued + chunk <= OutputBacklog.LIMIT; queued += chunk) {
            backlog.reserve(chunk);
            backlog.add(new byte[chunk]);
        }
        CountDownLatch added = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try {
                backlog.reserve(chunk);
                backlog.add(new byte[chunk]);
                added.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        assertThat(added.await(200, TimeUnit.MILLISECONDS)).as("reader must wait while the backlog is full").isFalse();
        long[] total = {0};
        backlog.drain((b, off, len) -> total[0] += len);
        assertThat(added.await(5, TimeUnit.SECONDS)).isTrue();
        reader.join();
        // The waiting read may land while that drain is still going, or be left for the next one.
        backlog.drain((b, off, len) -> total[0] += len);
        assertThat(total[0]).isEqualTo(OutputBacklog.LIMIT + chunk);
    }
}
