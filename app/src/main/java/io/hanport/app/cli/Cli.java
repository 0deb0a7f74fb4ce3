package io.hanport.app.cli;

import io.hanport.app.config.ConfigDefaults;
import io.hanport.app.config.ConfigException;
import io.hanport.app.store.StoreException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the command line with hanport's error contract: a usage mistake exits 2, an unreadable
 * input or an unusable database exits 1, each with one line on stderr that names the fix, never a
 * stack trace. Only a bug of ours prints a trace, because that is what a bug report needs.
 */
public final class Cli {

  public static final int EXIT_OK = 0;
  public static final int EXIT_IO = 1;
  public static final int EXIT_USAGE = 2;

  /** sysexits.h EX_SOFTWARE: an internal error, distinct from anything the user did. */
  public static final int EXIT_BUG = 70;

  private static final String[] KEY_OPTIONS = {"--key", "--auth-key"};

  private Cli() {}

  public static int run(Terminal terminal, String... args) {
    CommandLine commandLine = commandLine(terminal);
    try {
      commandLine.setDefaultValueProvider(configDefaults(terminal, args, commandLine));
    } catch (ConfigException unusable) {
      terminal.err().println("hanport: " + unusable.getMessage());
      terminal.err().flush();
      return EXIT_USAGE;
    }
    int exitCode = commandLine.execute(args);
    terminal.out().flush();
    terminal.err().flush();
    return exitCode;
  }

  static CommandLine commandLine(Terminal terminal) {
    return new CommandLine(new HanportCommand(terminal))
        .setOut(terminal.out())
        .setErr(terminal.err())
        .setParameterExceptionHandler(Cli::usageError)
        .setExecutionExceptionHandler(executionError(terminal));
  }

  /**
   * Options also come from {@code HANPORT_…} variables and a config file: {@code --config FILE}
   * wherever it stands, else {@code ./hanport.yaml} when present (issue 6: flag over environment
   * over file). It is read before parsing because it supplies the defaults parsing applies.
   */
  private static ConfigDefaults configDefaults(Terminal terminal, String[] args, CommandLine commandLine)
      throws ConfigException {
    Optional<String> named = optionValue(args, "--config");
    Path file = named.map(Path::of).orElse(ConfigDefaults.DEFAULT_FILE);
    ConfigDefaults defaults = ConfigDefaults.load(terminal.env(), file, named.isPresent());
    defaults.checkKnown(longOptionNames(commandLine));
    return defaults;
  }

  private static Optional<String> optionValue(String[] args, String option) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(option) && i + 1 < args.length) {
        return Optional.of(args[i + 1]);
      }
      if (args[i].startsWith(option + "=")) {
        return Optional.of(args[i].substring(option.length() + 1));
      }
    }
    return Optional.empty();
  }

  private static Set<String> longOptionNames(CommandLine commandLine) {
    Set<String> names = new HashSet<>();
    for (OptionSpec option : commandLine.getCommandSpec().options()) {
      names.add(option.longestName().replaceFirst("^--", ""));
    }
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      names.addAll(longOptionNames(subcommand));
    }
    return names;
  }

  private static int usageError(ParameterException error, String[] args) {
    CommandLine failed = error.getCommandLine();
    String message = redactKeys(sentence(describe(error)), args);
    failed.getErr().println("hanport: " + message + " " + seeHelp(failed));
    return EXIT_USAGE;
  }

  /**
   * Picocli quotes unmatched arguments, and a key given in the wrong place ({@code hanport --key K
   * decode …}) is one: keys are secrets that end up in terminal logs, so they never reach stderr.
   */
  static String redactKeys(String message, String[] args) {
    String redacted = message;
    for (int i = 0; i < args.length; i++) {
      for (String option : KEY_OPTIONS) {
        String secret = null;
        if (args[i].equals(option) && i + 1 < args.length) {
          secret = args[i + 1];
        } else if (args[i].startsWith(option + "=")) {
          secret = args[i].substring(option.length() + 1);
        }
        if (secret != null && !secret.isEmpty()) {
          redacted = redacted.replace(secret, "<key>");
        }
      }
    }
    return redacted;
  }

  /** A stray word where a command belongs reads better as "unknown command" than picocli's text. */
  private static String describe(ParameterException error) {
    CommandLine failed = error.getCommandLine();
    if (error instanceof UnmatchedArgumentException unmatched
        && failed.getParent() == null
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")) {
      return "unknown command '" + unmatched.getUnmatched().get(0) + "'";
    }
    return error.getMessage();
  }

  private static IExecutionExceptionHandler executionError(Terminal terminal) {
    return (Exception error, CommandLine failed, ParseResult parsed) -> {
      if (error instanceof UnreadableInputException || error instanceof StoreException) {
        terminal.err().println("hanport: " + error.getMessage());
        return EXIT_IO;
      }
      terminal
          .err()
          .println("hanport: internal error (a bug in hanport, please report it with this trace):");
      error.printStackTrace(terminal.err());
      return EXIT_BUG;
    };
  }

  private static String seeHelp(CommandLine failed) {
    return "See '" + failed.getCommandSpec().qualifiedName() + " --help'.";
  }

  /** Picocli's messages lack a final full stop; ours end with one. Either way, one line. */
  private static String sentence(String message) {
    String line = message.strip().replace('\n', ' ');
    return line.endsWith(".") ? line : line + ".";
  }
}
