package dev.linger.agent.server;

import dev.linger.agent.protocol.Frame;
import dev.linger.agent.protocol.FrameReader;
import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class FrameWriterTest {

    @Test
    void aBatchOfSmallAndBigFramesLargerThanTheGatheringBufferArrivesWholeAndInOrder() throws Exception {
        Random random = new Random(3);
        List<Frame> batch = new ArrayList<>();
        batch.add(Frame.control("{\"id\":1,\"result\":{}}"));
        batch.add(Frame.snapshot(4, bytes(random, 900_000)));
        batch.add(Frame.data(4, bytes(random, 10)));
        batch.add(Frame.data(5, bytes(random, FrameWriter.SMALL_PAYLOAD + 1)));
        batch.add(Frame.data(5, new byte[0]));
        batch.add(Frame.control("{\"method\":\"x\"}"));
        for (int i = 0; i < 40; i++) {
            batch.add(Frame.data(6, bytes(random, 5_000 + i * 250)));
        }
        batch.add(Frame.snapshot(7, bytes(random, 70_000)));
        Pipe pipe = Pipe.open();
        CompletableFuture<List<Frame>> read = CompletableFuture.supplyAsync(() -> readAll(pipe, batch.size()));
        FrameWriter writer = new FrameWriter(pipe.sink());
        writer.write(batch);
        writer.write(List.of(Frame.data(9, bytes(random, 3))));
        List<Frame> got = read.get();
        assertThat(got).hasSize(batch.size() + 1);
        for (int i = 0; i < batch.size(); i++) {
            assertThat(got.get(i).type()).as("frame %d", i).isEqualTo(batch.get(i).type());
            assertThat(got.get(i).channel()).as("frame %d", i).isEqualTo(batch.get(i).channel());
            assertThat(got.get(i).payload()).as("frame %d", i).isEqualTo(batch.get(i).payload());
        }
        assertThat(got.get(batch.size()).channel()).isEqualTo(9);
    }

    private static List<Frame> readAll(Pipe pipe, int batchSize) {
        try {
            FrameReader reader = new FrameReader(new BufferedInputStream(Channels.newInputStream(pipe.source()), 1 << 16),
                    Frame.MAX_OUTBOUND);
            List<Frame> frames = new ArrayList<>();
            for (int i = 0; i <= batchSize; i++) {
                frames.add(reader.read());
            }
            return frames;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
