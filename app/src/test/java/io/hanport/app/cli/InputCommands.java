package io.hanport.app.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs {@code read} and {@code doctor} in-process with the CLI's error handling, whether or not the
 * top-level command lists them yet (registering them there is one line each).
 */
final class InputCommands {

  private InputCommands() {}

  static CliRunner.Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Terminal terminal =
        new Terminal(
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of());
    CommandLine commandLine = Cli.commandLine(terminal);
    if (!commandLine.getSubcommands().containsKey("read")) {
      commandLine.addSubcommand(new ReadCommand());
    }
    if (!commandLine.getSubcommands().containsKey("doctor")) {
      commandLine.addSubcommand(new DoctorCommand());
    }
    // Setters reach only the subcommands present: set again for the ones added here.
    commandLine
        .setOut(commandLine.getOut())
        .setErr(commandLine.getErr())
        .setParameterExceptionHandler(commandLine.getParameterExceptionHandler())
        .setExecutionExceptionHandler(commandLine.getExecutionExceptionHandler());
    int exitCode = commandLine.execute(args);
    terminal.out().flush();
    terminal.err().flush();
    return new CliRunner.Result(exitCode, out.toString(), err.toString());
  }
}
