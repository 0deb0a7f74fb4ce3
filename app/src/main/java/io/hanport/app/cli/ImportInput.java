package io.hanport.app.cli;

import io.hanport.app.sim.Profile;
import io.hanport.app.source.Endpoint;
import io.hanport.app.source.InputUri;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code import --input} names: stdin ({@code -}), a capture file ({@code file:PATH} or a
 * plain path), a simulated range ({@code sim:PROFILE?from=DATE[&to=DATE][&seed=N]}, generated as
 * fast as the CPU allows) or any live input, read until it ends or Ctrl-C.
 */
sealed interface ImportInput {

  /** An input URI starts with a scheme, optionally after a name: {@code home=serial:…}. */
  Pattern URI_FORM = Pattern.compile("([A-Za-z0-9_.-]+=)?[a-z]+:.*");

  /** {@code sim:PROFILE} with a query, optionally named: a simulated range, not a live meter. */
  Pattern SIMULATED_RANGE = Pattern.compile("([A-Za-z0-9_.-]+=)?sim:[^?]*\\?.*");

  String SIM_FORM = "write sim:PROFILE?from=2025-01-01[&to=2025-12-31][&seed=1] (days inclusive)";

  InputUri uri();

  record Stdin(InputUri uri) implements ImportInput {}

  record CaptureFile(InputUri uri, Endpoint.File file) implements ImportInput {}

  /**
   * @param to the last simulated day, inclusive; empty means up to now
   */
  record SimulatedRange(
      InputUri uri, Profile profile, LocalDate from, Optional<LocalDate> to, long seed)
      implements ImportInput {}

  record Live(InputUri uri) implements ImportInput {}

  static ImportInput parse(CommandSpec spec, String text) {
    if (text.equals("-")) {
      return new Stdin(InputOptions.parse(spec, "file:-"));
    }
    if (!URI_FORM.matcher(text).matches()) {
      return parse(spec, "file:" + text);
    }
    if (SIMULATED_RANGE.matcher(text).matches()) {
      int query = text.indexOf('?');
      return simulatedRange(spec, text.substring(0, query), text.substring(query + 1));
    }
    InputUri uri = InputOptions.parse(spec, text);
    if (uri.endpoint() instanceof Endpoint.File file && !file.realtime()) {
      return new CaptureFile(uri, file);
    }
    return new Live(uri);
  }

  private static SimulatedRange simulatedRange(CommandSpec spec, String base, String query) {
    InputUri uri = InputOptions.parse(spec, base);
    Profile profile = Profile.byId(((Endpoint.Simulator) uri.endpoint()).profile()).orElseThrow();
    Map<String, String> settings = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      String[] keyValue = pair.split("=", 2);
      if (keyValue.length != 2 || !keyValue[0].matches("from|to|seed")) {
        throw usage(spec, "'" + pair + "' in '" + base + "?" + query + "': " + SIM_FORM);
      }
      settings.put(keyValue[0], keyValue[1]);
    }
    if (!settings.containsKey("from")) {
      throw usage(spec, "a simulated import needs a first day: " + SIM_FORM);
    }
    LocalDate from = date(spec, settings.get("from"));
    Optional<LocalDate> to = Optional.ofNullable(settings.get("to")).map(day -> date(spec, day));
    if (to.isPresent() && to.get().isBefore(from)) {
      throw usage(spec, "the simulated range ends (to=" + to.get() + ") before it starts");
    }
    return new SimulatedRange(
        uri, profile, from, to, seed(spec, settings.getOrDefault("seed", "1")));
  }

  private static LocalDate date(CommandSpec spec, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notDate) {
      throw usage(spec, "'" + text + "' is not a date like 2025-01-31: " + SIM_FORM);
    }
  }

  private static long seed(CommandSpec spec, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notNumber) {
      throw usage(spec, "seed must be a whole number, not '" + text + "'");
    }
  }

  private static ParameterException usage(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
