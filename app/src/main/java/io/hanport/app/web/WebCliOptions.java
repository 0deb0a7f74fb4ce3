package io.hanport.app.web;

import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The web server's command-line options, for {@code hanport serve} to mix in ({@code @Mixin
 * WebCliOptions web;}). Like every option they also come from {@code HANPORT_HTTP_PORT} and
 * {@code hanport.yaml} through the config defaults.
 */
public final class WebCliOptions {

  @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port of the dashboard and REST API (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--http-bind", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, every interface, so the "
          + "household's phones can reach it; 127.0.0.1 keeps it on this machine).")
  String bind;

  @Option(names = "--http-auth", paramLabel = "token:SECRET|basic:USER:PASSWORD",
      converter = AuthConverter.class,
      description = "Require this credential on every request (default: none).")
  HttpAuth auth;

  @Option(names = "--main-fuse", paramLabel = "AMPERES",
      defaultValue = "" + DashboardSettings.DEFAULT_MAIN_FUSE_A,
      description = "Main fuse rating per phase, for the dashboard's current bars "
          + "(default: ${DEFAULT-VALUE}).")
  int mainFuseA;

  public int port() {
    return port;
  }

  public String bind() {
    return bind;
  }

  /** The settings these options give, for a meter in {@code zone}. */
  public DashboardSettings settings(ZoneId zone) {
    return new DashboardSettings(Optional.ofNullable(auth), mainFuseA, zone);
  }

  /** Picocli converter; its message never repeats the value, which holds a secret. */
  static final class AuthConverter implements ITypeConverter<HttpAuth> {
    @Override
    public HttpAuth convert(String value) {
      try {
        return HttpAuth.parse(value);
      } catch (IllegalArgumentException malformed) {
        throw new TypeConversionException(malformed.getMessage());
      }
    }
  }
}
