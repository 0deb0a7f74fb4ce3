package io.hanport.app.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Where an input's bytes come from, as an input URI names it. */
public sealed interface Endpoint {

  /** The URI in its canonical form, for logs, status and the reading's {@code source}. */
  String uri();

  /**
   * A local serial port (USB P1/HAN cable, M-Bus adapter).
   *
   * @param settings the line settings given in the URI; empty means detect them
   */
  record Serial(String port, Optional<SerialSettings> settings) implements Endpoint {
    @Override
    public String uri() {
      return "serial:" + port + settings.map(given -> "?" + given.query()).orElse("");
    }
  }

  /** A TCP stream of raw meter bytes: ser2net, ESP bridges. */
  record Tcp(String host, int port) implements Endpoint {
    @Override
    public String uri() {
      return "tcp://" + HostPort.format(host, port);
    }
  }

  /** Raw frames published on an MQTT topic by a bridge, one frame per message. */
  record Mqtt(String host, int port, String topic) implements Endpoint {
    @Override
    public String uri() {
      return "mqtt://" + HostPort.format(host, port) + "/" + topic;
    }
  }

  /**
   * A capture file: raw bytes, or hex text when the name ends in {@code .hex}.
   *
   * @param realtime replay at the meter's pace instead of as fast as it reads
   * @param interval the pause between frames when replaying in real time; empty means the meter's
   *     own interval as the first frame shows it ({@link PacedReplay})
   */
  record File(Path path, boolean realtime, Optional<Duration> interval) implements Endpoint {
    public boolean hexText() {
      return path.getFileName() != null && path.getFileName().toString().endsWith(".hex");
    }

    @Override
    public String uri() {
      String pace =
          realtime
              ? "?pace=realtime"
                  + interval.map(every -> "&interval=" + every.toMillis() / 1000.0).orElse("")
              : "";
      return "file:" + path + pace;
    }
  }

  /** hanport's own virtual meter, run in-process (issue 4 {@code simulate}). */
  record Simulator(String profile) implements Endpoint {
    @Override
    public String uri() {
      return "sim:" + profile;
    }
  }
}
