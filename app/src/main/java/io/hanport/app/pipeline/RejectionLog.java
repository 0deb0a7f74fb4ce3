package io.hanport.app.pipeline;

import io.hanport.codec.wire.Rejection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs rejections and decoder warnings, rate-limited per kind: the first at once with a hex dump of
 * the rejected bytes, then at most one per interval, saying how many were left out. A meter on a
 * bad cable rejects a frame every 10 s for months; the log must stay readable.
 */
final class RejectionLog {

  private static final int DUMP_BYTES = 64;

  private final Logger log;
  private final String input;
  private final Clock clock;
  private final Duration interval;
  private final Map<String, Instant> lastLogged = new HashMap<>();
  private final Map<String, Integer> leftOut = new HashMap<>();

  RejectionLog(String input, Clock clock, Duration interval) {
    this(input, clock, interval, LoggerFactory.getLogger(RejectionLog.class));
  }

  RejectionLog(String input, Clock clock, Duration interval, Logger log) {
    this.log = log;
    this.input = input;
    this.clock = clock;
    this.interval = interval;
  }

  void rejected(Rejection rejection, StreamTail tail) {
    String kind = rejection.reason().name();
    Integer skipped = admit(kind);
    if (skipped == null) {
      return;
    }
    byte[] bytes = tail.bytes(rejection.streamOffset(), rejection.length(), DUMP_BYTES);
    log.warn(
        "{}: rejected {}{}, {} bytes{}",
        input,
        rejection,
        skipped > 0 ? " (and " + skipped + " more " + kind + " since the last report)" : "",
        rejection.length(),
        StreamTail.hexDump(bytes));
  }

  void warning(String message) {
    Integer skipped = admit("warning");
    if (skipped != null) {
      log.warn("{}: {}{}", input, message, skipped > 0 ? " (" + skipped + " times more)" : "");
    }
  }

  /** Null when this kind was logged within the interval; else how many were left out since. */
  private Integer admit(String kind) {
    Instant now = clock.instant();
    Instant last = lastLogged.get(kind);
    if (last != null && Duration.between(last, now).compareTo(interval) < 0) {
      leftOut.merge(kind, 1, Integer::sum);
      return null;
    }
    lastLogged.put(kind, now);
    Integer skipped = leftOut.remove(kind);
    return skipped == null ? 0 : skipped;
  }
}
