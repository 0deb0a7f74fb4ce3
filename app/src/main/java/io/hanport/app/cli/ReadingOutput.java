package io.hanport.app.cli;

import io.hanport.codec.reading.Reading;

/** How {@code decode} prints a reading on stdout: JSON lines, or text blocks for a person. */
interface ReadingOutput {
  void print(Reading reading);
}
