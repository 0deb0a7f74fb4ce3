package io.hanport.app.pipeline;

import io.hanport.app.pipeline.PipelineStatus.State;
import io.hanport.app.source.Connection;
import io.hanport.app.source.IoProblems;
import io.hanport.app.source.Source;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The pipeline's reader thread: opens the source, pumps its bytes into the decoding, and when the
 * connection is lost or silent too long, waits out the backoff and opens it again, forever, until
 * the pipeline is closed or the input ends.
 */
final class Reader implements Runnable {

  private final Source source;
  private final PipelineOptions options;
  private final Clock clock;
  private final StatusBoard board;
  private final Decoding decoding;
  private final Announcer announcer;
  private final List<ByteTap> taps;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final AtomicReference<Connection> current = new AtomicReference<>();
  private final Backoff backoff;

  /** How a connection's pumping ended: the input's end, or why it must be opened again. */
  private record Outcome(boolean ended, String problem) {}

  /** When the current connection last delivered a frame. */
  private static final class Watch {
    private Instant lastFrame;
    private long frames;
    private boolean silent;

    Watch(Instant connectedAt, long framesSoFar) {
      this.lastFrame = connectedAt;
      this.frames = framesSoFar;
    }
  }

  Reader(
      Source source,
      PipelineOptions options,
      StatusBoard board,
      Decoding decoding,
      List<ByteTap> taps) {
    this.source = source;
    this.taps = List.copyOf(taps);
    this.options = options;
    this.clock = options.clock();
    this.board = board;
    this.decoding = decoding;
    this.announcer = new Announcer(source.uri());
    this.backoff = options.backoff();
  }

  @Override
  public void run() {
    while (!stopping()) {
      Connection connection = connect();
      if (connection == null) {
        return;
      }
      Outcome outcome = pump(connection);
      close(connection);
      if (stopping()) {
        return;
      }
      if (outcome.ended) {
        board.state(State.ENDED);
        announcer.ended();
        return;
      }
      board.reconnecting(outcome.problem);
      Duration wait = backoff.next();
      announcer.problem(
          outcome.problem, "reopening (next attempt in " + Announcer.human(wait) + ")");
      if (pause(wait)) {
        return;
      }
    }
  }

  /** Ends the thread: wakes a backoff wait and closes the connection under a blocked read. */
  void stop() {
    stop.countDown();
    Connection open = current.get();
    if (open != null) {
      close(open);
    }
  }

  private Connection connect() {
    while (!stopping()) {
      try {
        Connection connection = source.open();
        current.set(connection);
        if (stopping()) {
          close(connection);
          return null;
        }
        board.connected(connection.details());
        announcer.connected(connection.details());
        return connection;
      } catch (IOException failed) {
        String problem = IoProblems.describe(failed);
        if (!source.retries()) {
          board.problem(State.FAILED, problem);
          announcer.problem(problem, "giving up: waiting will not help");
          return null;
        }
        Duration wait = backoff.next();
        board.problem(State.RECONNECTING, problem);
        announcer.problem(problem, "retrying with backoff (next in " + Announcer.human(wait) + ")");
        if (pause(wait)) {
          return null;
        }
      }
    }
    return null;
  }

  private Outcome pump(Connection connection) {
    decoding.connected();
    byte[] buffer = new byte[8192];
    Watch watch = new Watch(clock.instant(), decoding.frameEvents());
    try {
      while (!stopping()) {
        int count = connection.read(buffer);
        if (count < 0) {
          decoding.disconnected();
          return new Outcome(true, "");
        }
        if (count > 0) {
          for (ByteTap tap : taps) {
            tap.bytesRead(buffer, 0, count);
          }
          decoding.feed(buffer, count);
        }
        if (silentTooLong(watch, connection)) {
          decoding.disconnected();
          return new Outcome(false, silence());
        }
      }
    } catch (IOException lost) {
      if (!stopping()) {
        decoding.disconnected();
      }
      return new Outcome(false, "connection lost (" + IoProblems.describe(lost) + ")");
    }
    return new Outcome(false, "stopped");
  }

  /**
   * Notes frames as they arrive; says SILENT once after {@code silentAfter} without one, and
   * true (reopen) after {@code reopenAfter}.
   */
  private boolean silentTooLong(Watch watch, Connection connection) {
    Instant now = clock.instant();
    if (decoding.frameEvents() != watch.frames) {
      watch.frames = decoding.frameEvents();
      watch.lastFrame = now;
      watch.silent = false;
      backoff.reset();
      board.connected(connection.details());
      announcer.frames(describeFrames());
    }
    Duration quiet = Duration.between(watch.lastFrame, now);
    if (quiet.compareTo(options.reopenAfter()) >= 0) {
      return true;
    }
    if (!watch.silent && quiet.compareTo(options.silentAfter()) >= 0) {
      watch.silent = true;
      board.problem(State.SILENT, silence());
      announcer.problem(silence(), "reopening after " + Announcer.human(options.reopenAfter()));
    }
    return false;
  }

  private String silence() {
    return "no frame for " + Announcer.human(options.silentAfter()) + " or more";
  }

  private String describeFrames() {
    PipelineStatus status = board.snapshot(clock.instant());
    return "readings for meter "
        + status.meter().orElse("?")
        + " ("
        + status.protocol().orElse("?")
        + status.profile().map(profile -> " " + profile).orElse("")
        + ")";
  }

  /** Waits, unless stopped first: true when stopped. */
  private boolean pause(Duration wait) {
    try {
      return stop.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private boolean stopping() {
    return stop.getCount() == 0 || Thread.currentThread().isInterrupted();
  }

  private void close(Connection connection) {
    current.compareAndSet(connection, null);
    try {
      connection.close();
    } catch (IOException alreadyBroken) {
      // The connection is being dropped because it broke; a second failure says nothing new.
    }
  }
}
