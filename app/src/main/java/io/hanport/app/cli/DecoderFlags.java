package io.hanport.app.cli;

import io.hanport.codec.DecoderOptions;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --key}, {@code --auth-key} and {@code --zone}: what decoding needs beyond the bytes. */
final class DecoderFlags {

  @Option(
      names = "--key",
      paramLabel = "HEX",
      description =
          "Decryption key (32 hex digits) for encrypted meters, from your grid company; also"
              + " read from $HANPORT_KEY.")
  String key;

  @Option(
      names = "--auth-key",
      paramLabel = "HEX",
      description =
          "Authentication key (32 hex digits) where the meter uses one; also read from"
              + " $HANPORT_AUTH_KEY.")
  String authKey;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "Europe/Stockholm",
      description =
          "Time zone whose offsets DSMR's W/S timestamps mean. Default: ${DEFAULT-VALUE}.")
  String zone;

  DecoderOptions decoderOptions(CommandSpec spec) {
    return new DecoderOptions(
        key(spec, "--key (or $HANPORT_KEY)", key),
        key(spec, "--auth-key (or $HANPORT_AUTH_KEY)", authKey),
        zoneId(spec));
  }

  /** The key itself never appears in a message: it is a secret that ends up in terminal logs. */
  private static Optional<byte[]> key(CommandSpec spec, String source, String text) {
    if (text == null) {
      return Optional.empty();
    }
    return Optional.of(
        HexKey.parse(text)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        source
                            + " must be 32 hex digits (a 16-byte AES key); the value given is "
                            + text.length()
                            + " characters long. Copy the key from your grid company without"
                            + " spaces.")));
  }

  private ZoneId zoneId(CommandSpec spec) {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException unknown) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown zone '" + zone + "'. Give a region such as Europe/Stockholm or Europe/Oslo.");
    }
  }
}
