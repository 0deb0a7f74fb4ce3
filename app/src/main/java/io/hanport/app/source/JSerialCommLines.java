package io.hanport.app.source;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.time.Duration;

/** Serial ports through jSerialComm (taken under its Apache-2.0 licence). */
final class JSerialCommLines implements SerialLines {

  /** errno values jSerialComm reports from open(2), named for the messages below. */
  private static final int ENOENT = 2;

  private static final int EACCES = 13;
  private static final int EBUSY = 16;

  private final Duration poll;

  JSerialCommLines(Duration poll) {
    this.poll = poll;
  }

  @Override
  public Connection open(String path, SerialSettings settings) throws IOException {
    SerialPort port;
    try {
      port = SerialPort.getCommPort(path);
    } catch (SerialPortInvalidPortException missing) {
      throw new IOException("no such port (is the cable plugged in?)", missing);
    }
    port.setComPortParameters(
        settings.baud(), settings.dataBits(), stopBits(settings), parity(settings));
    port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, (int) poll.toMillis(), 0);
    if (!port.openPort()) {
      throw new IOException(openFailure(port.getLastErrorCode()));
    }
    return new Line(port, settings);
  }

  private static String openFailure(int errno) {
    switch (errno) {
      case ENOENT:
        return "no such port (is the cable plugged in?)";
      case EACCES:
        return "permission denied (add your user to the 'dialout' group, then log in again)";
      case EBUSY:
        return "the port is in use by another program";
      default:
        return "cannot open the port (error " + errno + ")";
    }
  }

  private static int stopBits(SerialSettings settings) {
    return settings.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT;
  }

  private static int parity(SerialSettings settings) {
    switch (settings.parity()) {
      case EVEN:
        return SerialPort.EVEN_PARITY;
      case ODD:
        return SerialPort.ODD_PARITY;
      default:
        return SerialPort.NO_PARITY;
    }
  }

  private static final class Line implements Connection {
    private final SerialPort port;
    private final SerialSettings settings;

    Line(SerialPort port, SerialSettings settings) {
      this.port = port;
      this.settings = settings;
    }

    /** jSerialComm returns -1 once the device is gone (EIO on a pulled USB cable or closed pty). */
    @Override
    public int read(byte[] buffer) throws IOException {
      int count = port.readBytes(buffer, buffer.length);
      if (count < 0) {
        throw new IOException("the port stopped answering (cable pulled?)");
      }
      return count;
    }

    @Override
    public String details() {
      return settings.toString();
    }

    @Override
    public void close() {
      port.closePort();
    }
  }
}
