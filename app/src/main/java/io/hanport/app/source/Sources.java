package io.hanport.app.source;

/** The source for each kind of endpoint. */
public final class Sources {

  private Sources() {}

  public static Source of(Endpoint endpoint, SourceOptions options) {
    if (endpoint instanceof Endpoint.Serial serial) {
      SerialLines lines = serialLines(options);
      SerialDetector detector =
          new SerialDetector(lines, options.serialTrial(), options.clock(), options.decoder());
      return new SerialSource(serial, lines, detector);
    }
    if (endpoint instanceof Endpoint.Tcp tcp) {
      return new TcpSource(tcp, options.connectTimeout(), options.poll());
    }
    if (endpoint instanceof Endpoint.Mqtt mqtt) {
      return new MqttSource(mqtt, options.connectTimeout(), options.poll());
    }
    if (endpoint instanceof Endpoint.File file) {
      return new FileSource(file, PacedReplay.Pauses.REAL);
    }
    return new SimulatorSource((Endpoint.Simulator) endpoint, options.simulator());
  }

  /** The machine's serial ports, read with the options' poll interval. */
  public static SerialLines serialLines(SourceOptions options) {
    return new JSerialCommLines(options.poll());
  }
}
