package io.hanport.app.source;

import java.io.IOException;

/**
 * Opens a byte stream from a meter. The pipeline opens it again, with backoff, whenever the
 * connection is lost or goes silent, for as long as it runs.
 */
public interface Source {

  /** The input's canonical URI, for logs and status. */
  String uri();

  /**
   * Connects: opens the port, the socket, the subscription or the file.
   *
   * @throws IOException when it is not there now; the message says why in a few words
   */
  Connection open() throws IOException;

  /**
   * Whether a failed open is worth retrying. A missing device, peer or broker may come back; a file
   * that cannot be read will not become readable by waiting.
   */
  default boolean retries() {
    return true;
  }
}
