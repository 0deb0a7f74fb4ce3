package io.hanport.app.source;

import java.io.Closeable;
import java.io.IOException;

/**
 * One open byte stream from a meter. Reads wait a bounded time (the source's poll interval), so
 * that the reader can notice silence; closing it from another thread ends a waiting read.
 */
public interface Connection extends Closeable {

  /**
   * Reads what has arrived into {@code buffer}.
   *
   * @return the number of bytes read; 0 when none arrived within the poll interval; -1 when the
   *     input has ended for good (the end of a file)
   * @throws IOException when the connection is lost (cable pulled, reset, broker gone)
   */
  int read(byte[] buffer) throws IOException;

  /** What the connection found out about itself, e.g. {@code 2400 8E1 (detected)}; may be empty. */
  default String details() {
    return "";
  }
}
