package io.hanport.app.cli;

import io.hanport.codec.MeterDecoder;
import io.hanport.codec.reading.Reading;
import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Rejection;
import java.io.PrintWriter;

/**
 * Counts and prints what the decoders report: readings to the output, each rejection and warning as
 * one stderr line (prefixed with the file when there are several), and the closing summary.
 */
final class DecodeReport {

  private final PrintWriter err;
  private final ReadingOutput output;
  private long readings;
  private long rejections;

  DecodeReport(PrintWriter err, ReadingOutput output) {
    this.err = err;
    this.output = output;
  }

  MeterDecoder.Listener listener(String prefix) {
    return new MeterDecoder.Listener() {
      @Override
      public void decoded(Reading reading, Frame frame) {
        readings++;
        output.print(reading);
      }

      @Override
      public void rejected(Rejection rejection) {
        rejections++;
        err.println(prefix + "rejected: " + rejection);
      }

      @Override
      public void warning(String message) {
        err.println(prefix + "warning: " + message);
      }
    };
  }

  /** The contract's last line on stderr: {@code N readings, M rejected}. */
  void printSummary() {
    err.println(readings + " readings, " + rejections + " rejected");
  }
}
