package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A bug of ours is the one case that prints a trace: that is what a bug report needs. */
class CliBugTest {

  @Command(name = "broken")
  static final class BrokenCommand implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("deliberate bug");
    }
  }

  @Test
  void bugInACommandExitsSeventyWithTheTrace() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Terminal terminal =
        new Terminal(
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of());
    CommandLine commandLine = Cli.commandLine(terminal).addSubcommand(new BrokenCommand());

    int exitCode = commandLine.execute("broken");

    assertThat(exitCode).isEqualTo(Cli.EXIT_BUG);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .startsWith("hanport: internal error (a bug in hanport")
        .contains("IllegalStateException: deliberate bug", "\tat ");
  }
}
