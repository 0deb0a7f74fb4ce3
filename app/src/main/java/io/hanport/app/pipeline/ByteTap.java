package io.hanport.app.pipeline;

/**
 * Sees the input's bytes exactly as read, before decoding: junk, rejected frames and all (issue 7,
 * raw re-serve). Called on the pipeline's reader thread for every read, so it must return at once:
 * copy what it needs and never block on I/O.
 */
@FunctionalInterface
public interface ByteTap {

  /** The bytes of one read; {@code data} is reused by the next read, so copy what is kept. */
  void bytesRead(byte[] data, int offset, int length);
}
