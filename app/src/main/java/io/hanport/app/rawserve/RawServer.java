package io.hanport.app.rawserve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes the meter's raw bytes on to any number of TCP clients ({@code --serve-raw tcp:PORT}), so
 * another reader or a vendor's cloud bridge can share the one meter cable. Every client gets the
 * same bytes from the moment it connects; one that cannot keep up is disconnected rather than
 * allowed to slow the others or grow memory.
 */
public final class RawServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RawServer.class);
  /** Chunks a client may lag behind; at 115200 baud a chunk is a read's worth, so minutes. */
  private static final int CLIENT_BACKLOG = 4096;

  private final ServerSocket server;
  private final List<Client> clients = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  public RawServer(InetAddress bind, int port) throws IOException {
    server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(bind, port));
    acceptor = new Thread(this::acceptForever, "raw-serve-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  public int clients() {
    return clients.size();
  }

  /** Sends a copy of these bytes to every connected client; never blocks. */
  public void broadcast(byte[] data, int offset, int length) {
    if (clients.isEmpty() || length == 0) {
      return;
    }
    byte[] chunk = Arrays.copyOfRange(data, offset, offset + length);
    for (Client client : clients) {
      if (!client.pending.offer(chunk)) {
        LOG.warn("raw re-serve: {} cannot keep up; disconnecting it", client.name);
        client.close();
      }
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

  /** One connected reader, with its own writer thread and bounded backlog. */
  private final class Client {
    final Socket socket;
    final String name;
    final BlockingQueue<byte[]> pending = new ArrayBlockingQueue<>(CLIENT_BACKLOG);
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

    private void writeForever() {
      try (OutputStream out = socket.getOutputStream()) {
        while (true) {
          out.write(pending.take());
          if (pending.isEmpty()) {
            out.flush();
          }
        }
      } catch (IOException gone) {
        LOG.info("raw re-serve: {} disconnected", name);
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
      } finally {
        close();
      }
    }

    void close() {
      clients.remove(this);
      writer.interrupt();
      try {
        socket.close();
      } catch (IOException alreadyClosed) {
        // Closing is all that was wanted.
      }
    }
  }
}
