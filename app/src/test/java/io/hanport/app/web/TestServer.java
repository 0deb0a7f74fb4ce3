package io.hanport.app.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/** A web server on a random port of 127.0.0.1, over a fake backend; close it after the test. */
final class TestServer implements AutoCloseable {

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  final FakeBackend backend;
  final LiveFeed feed;
  final WebServer server;
  final Http http;

  TestServer(FakeBackend backend, Optional<HttpAuth> auth) {
    this(backend, new LiveFeed(), auth, Clock.systemUTC());
  }

  TestServer(FakeBackend backend, LiveFeed feed, Optional<HttpAuth> auth, Clock clock) {
    this.backend = backend;
    this.feed = feed;
    this.server = new WebServer(backend, feed, new DashboardSettings(auth, 25, STOCKHOLM), clock);
    server.start(0, "127.0.0.1");
    this.http = new Http(server.port());
  }

  @Override
  public void close() {
    server.stop();
  }
}
