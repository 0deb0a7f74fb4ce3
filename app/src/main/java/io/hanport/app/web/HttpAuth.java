package io.hanport.app.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The credential {@code --http-auth} asks for: {@code token:SECRET} (sent as {@code Authorization:
 * Bearer SECRET}, as {@code ?token=SECRET}, or as the cookie a {@code ?token=} visit sets so the
 * browser can load the page's own files) or {@code basic:USER:PASSWORD} (HTTP basic, which
 * browsers prompt for). Never prints the secret: options end up in logs.
 */
public final class HttpAuth {

  /** The cookie that carries a token for a browser that opened {@code /?token=SECRET}. */
  static final String TOKEN_COOKIE = "hanport_token";

  private enum Scheme {
    TOKEN,
    BASIC
  }

  private final Scheme scheme;
  private final byte[] expectedDigest;
  private final String token;

  private HttpAuth(Scheme scheme, String expected) {
    this.scheme = scheme;
    this.expectedDigest = digest(expected);
    this.token = scheme == Scheme.TOKEN ? expected : "";
  }

  /**
   * Parses {@code token:SECRET} or {@code basic:USER:PASSWORD}.
   *
   * @throws IllegalArgumentException with a message that never repeats the secret
   */
  public static HttpAuth parse(String spec) {
    if (spec.startsWith("token:") && spec.length() > "token:".length()) {
      return new HttpAuth(Scheme.TOKEN, spec.substring("token:".length()));
    }
    if (spec.startsWith("basic:")) {
      String userAndPassword = spec.substring("basic:".length());
      int colon = userAndPassword.indexOf(':');
      if (colon > 0 && colon < userAndPassword.length() - 1) {
        return new HttpAuth(Scheme.BASIC, userAndPassword);
      }
    }
    throw new IllegalArgumentException(
        "--http-auth takes token:SECRET or basic:USER:PASSWORD (neither part empty)");
  }

  /** Whether the request's {@code Authorization} header carries the credential. */
  boolean acceptsAuthorization(String header) {
    String prefix = scheme == Scheme.TOKEN ? "Bearer " : "Basic ";
    if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return false;
    }
    String credential = header.substring(prefix.length()).trim();
    return scheme == Scheme.TOKEN ? matches(credential) : matches(decodeBasic(credential));
  }

  /** Whether a {@code ?token=} parameter or the token cookie carries the credential. */
  boolean acceptsToken(String candidate) {
    return scheme == Scheme.TOKEN && candidate != null && matches(candidate);
  }

  /** The token, for the cookie set after a {@code ?token=} visit; empty for basic auth. */
  Optional<String> token() {
    return scheme == Scheme.TOKEN ? Optional.of(token) : Optional.empty();
  }

  /** The {@code WWW-Authenticate} value of a 401: basic makes browsers ask for a password. */
  String challenge() {
    return scheme == Scheme.TOKEN
        ? "Bearer realm=\"hanport\""
        : "Basic realm=\"hanport\", charset=\"UTF-8\"";
  }

  /**
   * How a person gets past it in a browser, for the line {@code serve} prints at start: a browser
   * asks for a basic password itself but has nowhere to type a token.
   */
  public String howToOpen() {
    return scheme == Scheme.TOKEN
        ? "token auth: open it once with ?token=YOUR-TOKEN, the browser then remembers it"
        : "basic auth: the browser asks for the user name and password";
  }

  @Override
  public String toString() {
    return scheme == Scheme.TOKEN ? "token auth" : "basic auth";
  }

  private boolean matches(String candidate) {
    // Comparing digests in constant time: response timing tells nothing about the secret.
    return MessageDigest.isEqual(expectedDigest, digest(candidate));
  }

  private static String decodeBasic(String base64) {
    try {
      return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return "";
    }
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException everyJdkHasSha256) {
      throw new IllegalStateException(everyJdkHasSha256);
    }
  }
}
