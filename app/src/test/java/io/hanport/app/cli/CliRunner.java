package io.hanport.app.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in-process with captured streams, as {@code java -jar hanport.jar} would. */
final class CliRunner {

  /** What a run left behind. */
  record Result(int exitCode, String out, String err) {}

  private CliRunner() {}

  static Result run(String... args) {
    return run(new byte[0], Map.of(), args);
  }

  static Result run(byte[] stdin, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Terminal terminal =
        new Terminal(
            new ByteArrayInputStream(stdin),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            env);
    int exitCode = Cli.run(terminal, args);
    return new Result(exitCode, out.toString(), err.toString());
  }
}
