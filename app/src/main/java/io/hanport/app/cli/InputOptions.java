package io.hanport.app.cli;

import io.hanport.app.sim.Profile;
import io.hanport.app.sim.Simulator;
import io.hanport.app.sim.SimulatorOptions;
import io.hanport.app.source.Endpoint;
import io.hanport.app.source.InputUri;
import io.hanport.app.source.InvalidInputException;
import io.hanport.app.source.SimulatorBytes;
import io.hanport.app.source.SourceOptions;
import io.hanport.codec.DecoderOptions;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --input} with its keys and zone: the options every command that reads a meter takes. */
final class InputOptions {

  /** The virtual meter behind {@code sim:} inputs, at real-time pace (issue 4). */
  static final SimulatorBytes SIMULATOR =
      profile ->
          Simulator.open(
              Profile.byId(profile).orElseThrow(() -> new IOException(noProfile(profile))),
              SimulatorOptions.defaults());

  @Option(
      names = "--input",
      required = true,
      paramLabel = "URI",
      description = {
        "Where the meter's bytes come from, optionally named (home=serial:/dev/ttyUSB0):",
        "serial:/dev/ttyUSB0 (settings detected) or serial:PORT?baud=2400&parity=even,",
        "tcp://host:port, mqtt://host[:port]/topic, file:PATH[?pace=realtime], sim:PROFILE."
      })
  String input;

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

  /** Also checks a {@code sim:} profile, so that a typo is a usage error, not a failed run. */
  InputUri uri(CommandSpec spec) {
    InputUri uri;
    try {
      uri = InputUri.parse(input);
    } catch (InvalidInputException invalid) {
      throw new ParameterException(spec.commandLine(), invalid.getMessage());
    }
    if (uri.endpoint() instanceof Endpoint.Simulator simulated
        && Profile.byId(simulated.profile()).isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "input '" + input + "': " + noProfile(simulated.profile()));
    }
    return uri;
  }

  DecoderOptions decoderOptions(CommandSpec spec) {
    return new DecoderOptions(
        key(spec, "--key (or $HANPORT_KEY)", key),
        key(spec, "--auth-key (or $HANPORT_AUTH_KEY)", authKey),
        zoneId(spec));
  }

  private static String noProfile(String profile) {
    return "the simulator has no profile '" + profile + "'; use one of " + Profile.ids();
  }

  SourceOptions sourceOptions(DecoderOptions decoder) {
    return SourceOptions.defaults(decoder, SIMULATOR);
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
