package io.hanport.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;

/**
 * What a command may touch of the world outside: standard streams and the environment. Passed in
 * rather than read from {@link System} so that tests run the CLI in-process with captured streams.
 */
public record Terminal(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env) {

  public static Terminal system() {
    return new Terminal(
        System.in,
        new PrintWriter(System.out, true),
        new PrintWriter(System.err, true),
        System.getenv());
  }

  /**
   * An environment variable, treating an empty value as unset (as {@code VAR= hanport …} means).
   */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(env.get(name)).filter(value -> !value.isEmpty());
  }
}
