package io.hanport.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hanport db}: the group holding {@code info} and {@code prune}. */
@Command(
    name = "db",
    description = "The history database: what it holds, and pruning raw readings.",
    subcommands = {DbInfoCommand.class, DbPruneCommand.class})
final class DbCommand implements Runnable {

  @ParentCommand HanportCommand hanport;

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "no db command given (try 'info' or 'prune')");
  }
}
