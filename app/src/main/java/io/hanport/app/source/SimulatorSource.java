package io.hanport.app.source;

import java.io.IOException;
import java.io.InputStream;

/** {@code sim:PROFILE}: hanport's virtual meter, in-process. */
final class SimulatorSource implements Source {

  private final Endpoint.Simulator endpoint;
  private final SimulatorBytes simulator;

  SimulatorSource(Endpoint.Simulator endpoint, SimulatorBytes simulator) {
    this.endpoint = endpoint;
    this.simulator = simulator;
  }

  @Override
  public String uri() {
    return endpoint.uri();
  }

  /** An unknown profile stays unknown. */
  @Override
  public boolean retries() {
    return false;
  }

  @Override
  public Connection open() throws IOException {
    InputStream in = simulator.open(endpoint.profile());
    return new Connection() {
      @Override
      public int read(byte[] buffer) throws IOException {
        return in.read(buffer);
      }

      @Override
      public String details() {
        return "simulated meter, profile " + endpoint.profile();
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }
}
