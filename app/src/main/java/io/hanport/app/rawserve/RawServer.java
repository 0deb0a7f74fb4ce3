package io.hanport.app.rawserve;

import io.hanport.app.pipeline.ByteTap;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes the meter's raw bytes on to any number of TCP clients ({@code --serve-raw tcp:PORT}), so
 * another reader or a vendor's cloud bridge can share the one meter cable (issue 7). It is a
 * {@link ByteTap} on the input: clients get the input's bytes exactly as read, junk between frames
 * and rejected frames included, from the moment they connect.
 *
 * <p>The pipeline's reader thread only copies a read into each client's queue; a writer thread per
 * client sends it. A client that falls {@code clientBufferBytes} behind is disconnected, with a log
 * line, rather than allowed to slow decoding or the other clients, or to grow memory.
 */
public final class RawServer implements ByteTap, AutoCloseable {

  /** At 115200 baud (11.5 kB/s, the fastest P1 port) over a minute of the meter's bytes. */
  public static final int DEFAULT_CLIENT_BUFFER_BYTES = 1 << 20;

  private static final Logger LOG = LoggerFactory.getLogger(RawServer.class);

  private final ServerSocket server;
  private final int clientBufferBytes;
  private final List<Client> clients = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  public RawServer(InetAddress bind, int port) throws IOException {
    this(bind, port, DEFAULT_CLIENT_BUFFER_BYTES);
  }

  /** @param clientBufferBytes how far one client may lag behind before it is disconnected */
  public RawServer(InetAddress bind, int port, int clientBufferBytes) throws IOException {
    this.clientBufferBytes = clientBufferBytes;
    server = new ServerSocket();
    server.setReuseAddress(true);
    try {
      server.bind(new InetSocketAddress(bind, port));
    } catch (BindException taken) {
      server.close();
      throw new BindException(
          "--serve-raw cannot listen on port " + port + " (" + taken.getMessage() + "): choose another port");
    }
    acceptor = new Thread(this::acceptForever, "raw-serve-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    LOG.info("raw re-serve: passing the input's bytes on to TCP clients on port {}", port());
  }

  public int port() {
    return server.getLocalPort();
  }

  public int clients() {
    return clients.size();
  }

  /** Queues a copy of these bytes for every connected client; never blocks. */
  @Override
  public void bytesRead(byte[] data, int offset, int length) {
    if (clients.isEmpty() || length == 0) {
      return;
    }
    byte[] chunk = Arrays.copyOfRange(data, offset, offset + length);
    for (Client client : clients) {
      client.offer(chunk);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    clients.forEach(Client::close);
  }

  private void acceptForever() {
    while (!server.isClosed()) {
      try {
        Client client = new Client(server.accept());
        clients.add(client);
        client.start();
        LOG.info("raw re-serve: {} connected", client.name);
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** One connected reader, with its own writer thread and a backlog bounded in bytes. */
  private final class Client {
    final Socket socket;
    final String name;
    final BlockingQueue<byte[]> pending = new LinkedBlockingQueue<>();
    final AtomicLong pendingBytes = new AtomicLong();
    final AtomicBoolean closed = new AtomicBoolean();
    final Thread writer;

    Client(Socket socket) {
      this.socket = socket;
      this.name = socket.getRemoteSocketAddress().toString();
      this.writer = new Thread(this::writeForever, "raw-serve " + name);
      this.writer.setDaemon(true);
    }

    void start() {
      writer.start();
    }

    /** Runs on the pipeline's reader thread: queue, or drop the client, but never wait. */
    void offer(byte[] chunk) {
      long backlog = pendingBytes.addAndGet(chunk.length);
      if (backlog > clientBufferBytes) {
        if (closed.compareAndSet(false, true)) {
          LOG.warn(
              "raw re-serve: {} fell {} bytes behind (limit {}); disconnecting it",
              name, backlog - chunk.length, clientBufferBytes);
          shutDown();
        }
        return;
      }
      pending.add(chunk);
    }

    private void writeForever() {
      try (OutputStream out = socket.getOutputStream()) {
        while (!closed.get()) {
          byte[] chunk = pending.take();
          out.write(chunk);
          pendingBytes.addAndGet(-chunk.length);
          if (pending.isEmpty()) {
            out.flush();
          }
        }
      } catch (IOException gone) {
        if (!closed.get()) {
          LOG.info("raw re-serve: {} disconnected", name);
        }
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
      } finally {
        close();
      }
    }

    void close() {
      closed.set(true);
      shutDown();
    }

    private void shutDown() {
      clients.remove(this);
      writer.interrupt();
      pending.clear();
      try {
        socket.close();
      } catch (IOException alreadyClosed) {
        // Closing is all that was wanted.
      }
    }
  }
}
