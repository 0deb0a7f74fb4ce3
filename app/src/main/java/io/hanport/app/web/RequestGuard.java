package io.hanport.app.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Runs before every request, files and streams included: sets the security headers and, when
 * {@code --http-auth} is set, turns away a request without the credential (issue 6, "Safety").
 */
final class RequestGuard implements Handler {

  /**
   * Only this origin's own files and API; no inline script or style, no framing, no forms. uPlot
   * styles its elements through the DOM, which this allows.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
          + "frame-ancestors 'none'";

  private final Optional<HttpAuth> auth;

  RequestGuard(Optional<HttpAuth> auth) {
    this.auth = auth;
  }

  @Override
  public void handle(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    auth.ifPresent(credential -> check(credential, ctx));
  }

  private static void check(HttpAuth credential, Context ctx) {
    if (credential.acceptsAuthorization(ctx.header("Authorization"))
        || credential.acceptsToken(cookieToken(ctx))) {
      return;
    }
    if (credential.acceptsToken(ctx.queryParam("token"))) {
      // The page's own files and API calls carry no token; the cookie lets them through. Lax,
      // not Strict: reloading a page first opened from a link elsewhere must still send it, and
      // every endpoint is a read-only GET, so a cross-site navigation gains nothing.
      ctx.header("Set-Cookie", HttpAuth.TOKEN_COOKIE + "="
          + URLEncoder.encode(credential.token().orElseThrow(), StandardCharsets.UTF_8)
          + "; Path=/; HttpOnly; SameSite=Lax");
      return;
    }
    ctx.header("WWW-Authenticate", credential.challenge());
    throw ApiError.unauthorized();
  }

  private static String cookieToken(Context ctx) {
    String cookie = ctx.cookie(HttpAuth.TOKEN_COOKIE);
    return cookie == null ? null : URLDecoder.decode(cookie, StandardCharsets.UTF_8);
  }
}
