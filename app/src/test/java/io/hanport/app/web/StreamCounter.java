package io.hanport.app.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One benchmark browser on the live stream, without a thread of its own: counts reading events
 * and records how long each took from {@code received} to arrival.
 */
final class StreamCounter implements Flow.Subscriber<String> {

  private static final String RECEIVED = "\"received\":\"";

  private final AtomicLong readings = new AtomicLong();
  private final AtomicBoolean ended = new AtomicBoolean();
  private final Queue<Long> deliveryMillis;

  private StreamCounter(Queue<Long> deliveryMillis) {
    this.deliveryMillis = deliveryMillis;
  }

  static StreamCounter open(HttpClient client, URI stream, Queue<Long> deliveryMillis) {
    StreamCounter counter = new StreamCounter(deliveryMillis);
    HttpRequest request = HttpRequest.newBuilder(stream)
        .header("Accept", "text/event-stream").build();
    client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(counter));
    return counter;
  }

  long readings() {
    return readings.get();
  }

  /** The stream ended or failed, seen from this client's side. */
  boolean ended() {
    return ended.get();
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(String line) {
    int at = line.indexOf(RECEIVED);
    if (line.startsWith("data: ") && at > 0) {
      Instant received = Instant.parse(
          line.substring(at + RECEIVED.length(), line.indexOf('"', at + RECEIVED.length())));
      // The first event replays the latest reading from before the client connected.
      if (readings.incrementAndGet() > 1) {
        deliveryMillis.add(System.currentTimeMillis() - received.toEpochMilli());
      }
    }
  }

  @Override
  public void onError(Throwable error) {
    ended.set(true);
  }

  @Override
  public void onComplete() {
    ended.set(true);
  }
}
