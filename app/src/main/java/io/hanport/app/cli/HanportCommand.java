package io.hanport.app.cli;

import io.hanport.app.sim.SimulateCommand;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code hanport} command. A new subcommand is one more class in {@code subcommands};
 * it reaches the streams and environment through {@code @ParentCommand HanportCommand}.
 */
@Command(
    name = "hanport",
    mixinStandardHelpOptions = true,
    versionProvider = HanportCommand.Version.class,
    description = "Reads smart electricity meters through their HAN/P1 port.",
    subcommands = {
      DecodeCommand.class,
      ReadCommand.class,
      DoctorCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      TariffCheckCommand.TariffCommand.class,
      SimulateCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      DbCommand.class,
    })
public final class HanportCommand implements Runnable {

  private final Terminal terminal;

  @Spec CommandSpec spec;

  HanportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  public Terminal terminal() {
    return terminal;
  }

  /** {@code hanport} alone names no command: a usage error that points at the list. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "no command given.");
  }

  /** The POM's version, filtered into {@code version.properties} at build time. */
  static String version() throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        HanportCommand.class.getResourceAsStream("/io/hanport/app/version.properties")) {
      properties.load(in);
    }
    return properties.getProperty("version");
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      return new String[] {"hanport " + version()};
    }
  }
}
