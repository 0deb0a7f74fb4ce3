package io.hanport.app.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A serial port: at the settings the URI gives, or at detected ones. Once detection has found
 * settings, a reopen (cable pulled, port silent) tries them first, so it costs one trial, not four.
 */
final class SerialSource implements Source {

  private final Endpoint.Serial endpoint;
  private final SerialLines lines;
  private final SerialDetector detector;
  private volatile SerialSettings lastDetected;

  SerialSource(Endpoint.Serial endpoint, SerialLines lines, SerialDetector detector) {
    this.endpoint = endpoint;
    this.lines = lines;
    this.detector = detector;
  }

  @Override
  public String uri() {
    return endpoint.uri();
  }

  @Override
  public Connection open() throws IOException {
    if (endpoint.settings().isPresent()) {
      return lines.open(endpoint.port(), endpoint.settings().get());
    }
    SerialDetector.Detected detected = detector.detect(endpoint.port(), candidates());
    lastDetected = detected.settings();
    return detected;
  }

  private List<SerialSettings> candidates() {
    List<SerialSettings> order = new ArrayList<>(SerialSettings.DETECTION_ORDER);
    SerialSettings preferred = lastDetected;
    if (preferred != null) {
      order.remove(preferred);
      order.add(0, preferred);
    }
    return order;
  }
}
