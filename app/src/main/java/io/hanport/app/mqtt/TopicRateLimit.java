package io.hanport.app.mqtt;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Publish a topic at most every {@code --mqtt-min-interval}, for slow links (issue 7). The time
 * counts from a delivered publish only, so a reading retried after a reconnect is not skipped as
 * too early.
 */
final class TopicRateLimit {

  private final Duration minInterval;
  private final Clock clock;
  private final Map<String, Long> lastDeliveredMillis = new HashMap<>();

  TopicRateLimit(Duration minInterval, Clock clock) {
    this.minInterval = minInterval;
    this.clock = clock;
  }

  boolean due(String topic) {
    Long last = lastDeliveredMillis.get(topic);
    return last == null || clock.millis() - last >= minInterval.toMillis();
  }

  void delivered(String topic) {
    if (!minInterval.isZero()) {
      lastDeliveredMillis.put(topic, clock.millis());
    }
  }
}
