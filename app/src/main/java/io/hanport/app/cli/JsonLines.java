package io.hanport.app.cli;

import io.hanport.codec.reading.Reading;
import java.io.PrintWriter;

/** {@code decode --json}: the contract's JSON (READING.md), one reading per line, nothing else. */
final class JsonLines implements ReadingOutput {

  private final PrintWriter out;

  JsonLines(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void print(Reading reading) {
    out.println(reading.toJson());
  }
}
