package io.hanport.app.tariff;

import io.hanport.app.cli.TariffCheckCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs {@code hanport tariff …} in-process through the group the lead registers with {@code
 * hanport}, mapping errors the way {@code Cli} maps them.
 */
final class TariffCli {

  record Run(int exitCode, String out, String err) {}

  private TariffCli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        new CommandLine(new TariffCheckCommand.TariffCommand())
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .setExecutionExceptionHandler(
                (exception, failed, parsed) -> {
                  failed.getErr().println("hanport: " + exception.getMessage());
                  return 1;
                });
    return new Run(commandLine.execute(args), out.toString(), err.toString());
  }
}
