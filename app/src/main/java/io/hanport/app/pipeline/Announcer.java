package io.hanport.app.pipeline;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a connection's story once per change, never once per retry: a problem is logged when it
 * differs from the last one logged, then stays quiet (debug level) while it repeats, until frames
 * arrive again. A bridge that accepts and resets every few seconds for a day is one warning.
 */
final class Announcer {

  private final Logger log;
  private final String input;
  private String lastProblem;
  private boolean everConnected;
  private boolean framesFlowing;

  Announcer(String input) {
    this(input, LoggerFactory.getLogger(Announcer.class));
  }

  Announcer(String input, Logger log) {
    this.input = input;
    this.log = log;
  }

  /**
   * @param problem what is wrong, the same text each time it repeats
   * @param next what happens next, which may differ each time ("next in 8 s")
   */
  void problem(String problem, String next) {
    framesFlowing = false;
    if (problem.equals(lastProblem)) {
      log.debug("{}: {}, {}", input, problem, next);
      return;
    }
    lastProblem = problem;
    log.warn("{}: {}, {}", input, problem, next);
  }

  void connected(String details) {
    String suffix = details.isEmpty() ? "" : " (" + details + ")";
    if (everConnected) {
      log.debug("{}: connected{}", input, suffix);
      return;
    }
    everConnected = true;
    log.info("{}: connected{}", input, suffix);
  }

  /** Frames arrive: said once at the start and once after each problem. */
  void frames(String what) {
    if (framesFlowing) {
      return;
    }
    framesFlowing = true;
    log.info("{}: {}{}", input, lastProblem == null ? "" : "frames again: ", what);
    lastProblem = null;
  }

  void ended() {
    log.info("{}: end of input", input);
  }

  static String human(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    long seconds = Math.round(millis / 1000.0);
    return seconds < 120 ? seconds + " s" : Math.round(seconds / 60.0) + " min";
  }
}
