package io.hanport.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.app.source.TestCaptures;
import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SinkQueueTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void aFullQueueDropsTheOldestReadingAndCountsIt() throws InterruptedException {
    CollectingSink slow = CollectingSink.heldUp();
    SinkQueue queue = new SinkQueue("slow", slow, 2);
    queue.start();
    queue.offer(reading(1));
    slow.await(1, WAIT);

    for (int second = 2; second <= 5; second++) {
      queue.offer(reading(second));
    }

    assertThat(queue.status()).isEqualTo(new PipelineStatus.SinkStatus("slow", 2, 2, 2, 0));
    slow.release();
    assertThat(slow.await(3, WAIT))
        .extracting(reading -> reading.received().getEpochSecond())
        .containsExactly(1L, 4L, 5L);
    queue.close(WAIT);
    assertThat(slow.closed()).isTrue();
  }

  @Test
  void closingDeliversWhatIsQueuedThenClosesTheSink() throws InterruptedException {
    CollectingSink sink = new CollectingSink();
    SinkQueue queue = new SinkQueue("store", sink, 10);
    for (int second = 1; second <= 3; second++) {
      queue.offer(reading(second));
    }
    queue.start();

    queue.close(WAIT);

    assertThat(sink.readings()).hasSize(3);
    assertThat(sink.closed()).isTrue();
  }

  @Test
  void aSinkThatThrowsIsCountedAndStillGetsTheNextReading() throws InterruptedException {
    CollectingSink after = new CollectingSink();
    ReadingSink flaky =
        reading -> {
          if (reading.received().getEpochSecond() == 1) {
            throw new IllegalStateException("a bug in a sink");
          }
          after.accept(reading);
        };
    SinkQueue queue = new SinkQueue("flaky", flaky, 10);
    queue.start();

    queue.offer(reading(1));
    queue.offer(reading(2));

    assertThat(after.await(1, WAIT).get(0).received().getEpochSecond()).isEqualTo(2L);
    assertThat(queue.status().failures()).isEqualTo(1);
    queue.close(WAIT);
  }

  /** The Swedish telegram's reading, received at {@code second}. */
  static MeterReading reading(int second) {
    AtomicReference<MeterReading> made = new AtomicReference<>();
    MeterDecoder decoder =
        new MeterDecoder(
            DecoderOptions.defaults(),
            new MeterDecoder.Listener() {
              @Override
              public void decoded(Reading reading, Frame frame) {
                made.set(
                    new MeterReading(
                        "home", "test", Instant.ofEpochSecond(second), reading, frame.raw()));
              }

              @Override
              public void rejected(Rejection rejection) {}
            });
    decoder.feed(TestCaptures.bytes(TestCaptures.SWEDISH));
    return made.get();
  }
}
