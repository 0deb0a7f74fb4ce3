package io.hanport.app.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A TCP stream of raw meter bytes, as ser2net and ESP bridges serve it. The peer closing the
 * connection is a lost connection, not the end of the input: bridges reboot.
 */
final class TcpSource implements Source {

  private final Endpoint.Tcp endpoint;
  private final Duration connectTimeout;
  private final Duration poll;

  TcpSource(Endpoint.Tcp endpoint, Duration connectTimeout, Duration poll) {
    this.endpoint = endpoint;
    this.connectTimeout = connectTimeout;
    this.poll = poll;
  }

  @Override
  public String uri() {
    return endpoint.uri();
  }

  @Override
  public Connection open() throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(
          new InetSocketAddress(endpoint.host(), endpoint.port()), (int) connectTimeout.toMillis());
      socket.setSoTimeout((int) poll.toMillis());
      // A bridge that vanishes without a FIN is found by the pipeline's silence timeout; keepalive
      // lets the kernel find it too.
      socket.setKeepAlive(true);
      return new TcpConnection(socket);
    } catch (IOException failed) {
      socket.close();
      throw failed;
    }
  }

  private static final class TcpConnection implements Connection {
    private final Socket socket;
    private final InputStream in;

    TcpConnection(Socket socket) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
    }

    @Override
    public int read(byte[] buffer) throws IOException {
      try {
        int count = in.read(buffer);
        if (count < 0) {
          throw new EOFException("connection closed by the other end");
        }
        return count;
      } catch (SocketTimeoutException nothingYet) {
        return 0;
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
