package io.hanport.app.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP server that sends every frame to every connected client, as a Wi-Fi P1/HAN bridge does
 * (ser2net, ESP stream servers). Like a meter it never waits: frames sent while nobody listens are
 * gone, and a client that cannot keep up (64 frames behind) is dropped rather than slowing others.
 */
final class TcpBroadcastSink implements FrameSink {

  private static final int CLIENT_BACKLOG_FRAMES = 64;
  private static final byte[] CLOSE = new byte[0];

  private final ServerSocket server;
  private final PrintWriter status;
  private final CopyOnWriteArrayList<Client> clients = new CopyOnWriteArrayList<>();

  /** Binds the port on all interfaces; throws when it is taken. */
  TcpBroadcastSink(int port, PrintWriter status) throws IOException {
    this.server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(port));
    this.status = status;
    Thread acceptor = new Thread(this::acceptClients, "simulate-accept-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  @Override
  public void send(SimulatedFrame frame) {
    byte[] bytes = frame.bytes();
    for (Client client : clients) {
      if (!client.queue.offer(bytes)) {
        report("client " + client.name + " is too slow; disconnected");
        client.stop();
      }
    }
  }

  /** Stops accepting; each client gets the frames queued for it, then its connection ends. */
  @Override
  public void close() throws IOException {
    server.close();
    for (Client client : clients) {
      client.queue.offer(CLOSE);
    }
  }

  private void acceptClients() {
    while (!server.isClosed()) {
      try {
        Client client = new Client(server.accept());
        clients.add(client);
        report("client " + client.name + " connected");
        client.start();
      } catch (SocketException closed) {
        return;
      } catch (IOException failed) {
        report("accepting a client failed: " + failed.getMessage());
      }
    }
  }

  private void report(String message) {
    synchronized (status) {
      status.println("hanport simulate: " + message);
      status.flush();
    }
  }

  /** One connection with its own writer thread, so a slow client only delays itself. */
  private final class Client {
    final Socket socket;
    final String name;
    final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(CLIENT_BACKLOG_FRAMES);

    Client(Socket socket) {
      this.socket = socket;
      this.name = socket.getRemoteSocketAddress().toString();
    }

    void start() {
      Thread writer = new Thread(this::write, "simulate-client-" + name);
      writer.setDaemon(true);
      writer.start();
    }

    void write() {
      try (Socket connection = socket; OutputStream out = connection.getOutputStream()) {
        for (byte[] frame = queue.take(); frame != CLOSE; frame = queue.take()) {
          out.write(frame);
          out.flush();
        }
      } catch (IOException gone) {
        report("client " + name + " disconnected");
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      } finally {
        clients.remove(this);
      }
    }

    void stop() {
      clients.remove(this);
      queue.clear();
      queue.offer(CLOSE);
      try {
        socket.close();
      } catch (IOException alreadyClosed) {
        report("closing client " + name + " failed: " + alreadyClosed.getMessage());
      }
    }
  }
}
