package io.hanport.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard's files, listed one by one rather than served from a directory: nothing else on
 * the classpath can leak out, each file has its type, and a missing file stops the server at
 * start instead of showing a broken page. Loaded once; revalidated with an ETag.
 */
final class StaticAssets {

  /** uPlot's files inside its webjar; the version is the one app/pom.xml depends on. */
  private static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/dist/";

  private static final String JS = "text/javascript; charset=utf-8";
  private static final String CSS = "text/css; charset=utf-8";

  private final Map<String, Asset> byPath = new LinkedHashMap<>();

  private record Asset(byte[] bytes, String contentType, String etag) {}

  StaticAssets() {
    add("/", "web/index.html", "text/html; charset=utf-8");
    add("/style.css", "web/style.css", CSS);
    add("/icon.svg", "web/icon.svg", "image/svg+xml");
    for (String module : new String[] {"app", "api", "i18n", "format", "dates", "live", "today",
        "history", "status", "charts", "headroom"}) {
      add("/js/" + module + ".js", "web/js/" + module + ".js", JS);
    }
    add("/vendor/uPlot.esm.js", UPLOT + "uPlot.esm.js", JS);
    add("/vendor/uPlot.min.css", UPLOT + "uPlot.min.css", CSS);
    add("/api/openapi.json", "web/openapi.json", "application/json");
  }

  Iterable<String> paths() {
    return byPath.keySet();
  }

  void serve(Context ctx) {
    Asset asset = byPath.get(ctx.path());
    ctx.header("Cache-Control", "no-cache");
    ctx.header("ETag", asset.etag());
    if (asset.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(asset.contentType()).result(asset.bytes());
  }

  private void add(String path, String resource, String contentType) {
    byte[] bytes = load(resource);
    byPath.put(path, new Asset(bytes, contentType, etag(bytes)));
  }

  private static byte[] load(String resource) {
    try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the dashboard file " + resource + " is not in the jar");
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException everyJdkHasSha256) {
      throw new IllegalStateException(everyJdkHasSha256);
    }
  }
}
