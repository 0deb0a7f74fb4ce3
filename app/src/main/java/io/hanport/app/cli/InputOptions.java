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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --input} with its keys and zone: the options every command that reads one meter takes. */
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

  @Mixin DecoderFlags decoder = new DecoderFlags();

  /** Also checks a {@code sim:} profile, so that a typo is a usage error, not a failed run. */
  InputUri uri(CommandSpec spec) {
    return parse(spec, input);
  }

  /** One {@code --input} value, checked as {@link #uri} describes. */
  static InputUri parse(CommandSpec spec, String input) {
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
    return decoder.decoderOptions(spec);
  }

  private static String noProfile(String profile) {
    return "the simulator has no profile '" + profile + "'; use one of " + Profile.ids();
  }

  SourceOptions sourceOptions(DecoderOptions decoder) {
    return SourceOptions.defaults(decoder, SIMULATOR);
  }
}
