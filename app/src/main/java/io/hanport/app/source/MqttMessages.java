package io.hanport.app.source;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands MQTT messages from the client's threads to the pipeline's reader as a byte stream. Each
 * payload is a frame as bytes, or as hex text, which bridges that cannot publish binary send; a
 * payload of hex digits and whitespace only is read as hex (no meter frame is: P1 telegrams hold
 * '/', '!' and ':', binary frames start with 0x7E, 0x68 or 0xDB).
 */
final class MqttMessages {

  /** A burst of a few minutes of 1-s telegrams; beyond it new messages are dropped. */
  private static final int CAPACITY = 1024;

  private static final byte[] WAKE_UP = new byte[0];

  private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Duration poll;
  private volatile boolean connected;
  private volatile boolean closing;
  private volatile Throwable lostCause;
  private volatile boolean sawBinary;
  private volatile boolean sawHex;
  private byte[] current = new byte[0];
  private int position;

  MqttMessages(Duration poll) {
    this.poll = poll;
  }

  void connected() {
    connected = true;
  }

  /** Called by the client on every disconnection, also of a connect that never succeeded. */
  void lost(Throwable cause) {
    if (connected && !closing) {
      lostCause = cause;
      queue.offer(WAKE_UP);
    }
  }

  void closing() {
    closing = true;
  }

  void add(byte[] payload) {
    byte[] frame = HexBytes.decode(payload).orElse(null);
    if (frame != null) {
      sawHex = true;
    } else {
      sawBinary = true;
      frame = payload;
    }
    queue.offer(frame);
  }

  /** Messages that arrived before a loss are read before the loss is reported. */
  int read(byte[] buffer) throws IOException {
    if (position >= current.length) {
      byte[] next;
      try {
        next = queue.poll(poll.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for MQTT messages", interrupted);
      }
      if (next == null || next.length == 0) {
        Throwable cause = lostCause;
        if (cause != null && queue.isEmpty()) {
          throw new IOException("the broker went away: " + describe(cause), cause);
        }
        return 0;
      }
      current = next;
      position = 0;
    }
    int count = Math.min(buffer.length, current.length - position);
    System.arraycopy(current, position, buffer, 0, count);
    position += count;
    return count;
  }

  String payloadKinds() {
    if (sawBinary && sawHex) {
      return "binary and hex-text payloads";
    }
    return sawHex ? "hex-text payloads" : sawBinary ? "binary payloads" : "";
  }

  /** The root cause in a few words: HiveMQ wraps Netty's exceptions in its own. */
  static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof ConnectException) {
      return "connection refused";
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }
}
