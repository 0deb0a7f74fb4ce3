package io.hanport.app.homewizard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hanport.app.pipeline.MeterReading;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * HomeWizard's local API on a port of its own ({@code --homewizard-api [ADDRESS:]PORT}).
 *
 * <p>Its own port because the paths collide with hanport's ({@code /api/v1/telegram} is JSON there,
 * raw text here) and because Home Assistant's HomeWizard integration always talks to port 80.
 */
public final class HomeWizardServer implements AutoCloseable {

  private final HttpServer server;
  private final HomeWizardApi api;
  private final Supplier<Optional<MeterReading>> latest;
  private final ObjectMapper json = new ObjectMapper();

  public HomeWizardServer(
      InetSocketAddress address, HomeWizardApi api, Supplier<Optional<MeterReading>> latest)
      throws IOException {
    this.api = api;
    this.latest = latest;
    try {
      server = HttpServer.create(address, 0);
    } catch (BindException taken) {
      throw new BindException(
          "--homewizard-api cannot listen on port " + address.getPort() + " (" + taken.getMessage()
              + "): choose another port, or allow a port below 1024 (see README, HomeWizard)");
    }
    server.createContext("/api", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Optional<MeterReading> reading = latest.get();
    if (!"GET".equals(exchange.getRequestMethod())) {
      send(exchange, 405, "application/json", "{\"error\":\"read-only\"}");
    } else if (path.equals("/api")) {
      String meter = reading.map(MeterReading::meter).orElse("hanport");
      send(exchange, 200, "application/json", json.writeValueAsString(api.device(meter)));
    } else if (path.equals("/api/v1/data")) {
      Map<String, Object> data = reading.map(api::data).orElse(Map.of());
      send(exchange, 200, "application/json", json.writeValueAsString(data));
    } else if (path.equals("/api/v1/telegram")) {
      // The frame's bytes as received: a P1 telegram is ASCII under its CRC, never re-encoded.
      send(exchange, 200, "text/plain", reading.map(MeterReading::frame).orElse(new byte[0]));
    } else {
      send(exchange, 404, "application/json", "{\"error\":\"no such endpoint\"}");
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
