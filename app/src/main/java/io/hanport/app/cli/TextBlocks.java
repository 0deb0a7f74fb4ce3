package io.hanport.app.cli;

import io.hanport.codec.reading.Reading;
import java.io.PrintWriter;
import java.time.ZoneId;

/**
 * {@code decode} without {@code --json}: one {@link ReadingText} block per reading, blank-line
 * separated.
 */
final class TextBlocks implements ReadingOutput {

  private final PrintWriter out;
  private final ReadingText text;
  private boolean first = true;

  TextBlocks(PrintWriter out, ZoneId zone) {
    this.out = out;
    this.text = new ReadingText(zone);
  }

  @Override
  public void print(Reading reading) {
    if (!first) {
      out.println();
    }
    first = false;
    out.print(text.format(reading));
    out.flush();
  }
}
