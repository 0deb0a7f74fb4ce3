package io.hanport.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or SIGTERM) during a long command: the JVM runs its shutdown hooks and then halts, so the
 * hook here only raises the flag and holds the halt until the command has committed what it read
 * and said so, or for {@link #GRACE_SECONDS} at most. Close it when the command is done.
 */
final class StopSignal implements AutoCloseable {

  private static final long GRACE_SECONDS = 60;

  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;
  private volatile boolean requested;

  private StopSignal() {
    this.hook = new Thread(this::holdShutdown, "hanport-stop");
  }

  static StopSignal install() {
    StopSignal signal = new StopSignal();
    Runtime.getRuntime().addShutdownHook(signal.hook);
    return signal;
  }

  boolean requested() {
    return requested;
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running: it returns now that the command has finished.
    }
  }

  private void holdShutdown() {
    requested = true;
    try {
      finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException hurry) {
      Thread.currentThread().interrupt();
    }
  }
}
