package io.hanport.app.pipeline;

import io.hanport.codec.reading.Reading;
import java.time.Instant;

/**
 * A reading as a running instance knows it: which meter, from which input, and when it arrived
 * (READING.md "Where the reading goes"). The meter name identifies meters that send no id, such as
 * every Swedish P1 meter.
 *
 * @param meter the meter's name in storage, MQTT and the API
 * @param source the name of the input it came from
 * @param received the host's clock when the frame was complete
 * @param reading the decoded reading
 * @param frame the frame's bytes exactly as received
 */
public record MeterReading(String meter, String source, Instant received, Reading reading, byte[] frame) {

  /** The contract's JSON with {@code received} and {@code source} added. */
  public String toJson() {
    String json = reading.toJson();
    return "{\"received\":\""
        + received
        + "\",\"source\":\""
        + escape(source)
        + "\","
        + json.substring(1);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
