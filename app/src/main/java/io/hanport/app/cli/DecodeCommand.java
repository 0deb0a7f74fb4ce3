package io.hanport.app.cli;

import io.hanport.codec.DecoderOptions;
import io.hanport.codec.MeterDecoder;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hanport decode}: captures in, readings out (READING.md), rejections with their reason. */
@Command(
    name = "decode",
    description = {
      "Decodes captured meter output: P1/DSMR telegrams, DLMS in HDLC or M-Bus frames, ciphered"
          + " frames.",
      "Readings go to stdout; rejections, warnings and a summary line go to stderr.",
      "Exit status: 0 input read (even with rejected frames), 1 input unreadable, 2 usage error."
    },
    footer = {
      "",
      "Examples:",
      "  hanport decode capture.txt",
      "  hanport decode --json frames.hex",
      "  cat /dev/ttyUSB0 | hanport decode --json -"
    })
final class DecodeCommand implements Callable<Integer> {

  static final String KEY_VARIABLE = "HANPORT_KEY";
  static final String AUTH_KEY_VARIABLE = "HANPORT_AUTH_KEY";

  @ParentCommand HanportCommand hanport;

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(names = "--json", description = "One reading per line as JSON, nothing else on stdout.")
  boolean json;

  @Option(
      names = "--key",
      paramLabel = "HEX",
      description =
          "Decryption key (32 hex digits) for encrypted meters; also read from $"
              + KEY_VARIABLE
              + ".")
  String key;

  @Option(
      names = "--auth-key",
      paramLabel = "HEX",
      description =
          "Authentication key (32 hex digits) where the meter uses one; also read from $"
              + AUTH_KEY_VARIABLE
              + ".")
  String authKey;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "Europe/Stockholm",
      description =
          "Time zone whose offsets DSMR's W/S timestamps mean. Default: ${DEFAULT-VALUE}.")
  String zone;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Capture files: - is stdin, *.hex is hex text (whitespace ignored), anything else raw"
              + " bytes.")
  List<String> files;

  @Override
  public Integer call() {
    Terminal terminal = hanport.terminal();
    DecoderOptions options = decoderOptions();
    List<Capture> captures = captures();
    DecodeReport report = new DecodeReport(terminal.err(), output(terminal, options.zone()));
    for (Capture capture : captures) {
      String prefix = captures.size() > 1 ? capture.displayName() + ": " : "";
      MeterDecoder decoder = new MeterDecoder(options, report.listener(prefix));
      capture.readInto(terminal, decoder::feed);
      decoder.finish();
    }
    report.printSummary();
    return Cli.EXIT_OK;
  }

  /** Keys also come from $HANPORT_KEY and $HANPORT_AUTH_KEY, like every option (ConfigDefaults). */
  private DecoderOptions decoderOptions() {
    Optional<byte[]> encryption = keyFrom("--key (or $" + KEY_VARIABLE + ")", key);
    Optional<byte[]> authentication = keyFrom("--auth-key (or $" + AUTH_KEY_VARIABLE + ")", authKey);
    return new DecoderOptions(encryption, authentication, zoneId());
  }

  private Optional<byte[]> keyFrom(String source, String value) {
    return Optional.ofNullable(value).map(text -> parseKey(source, text));
  }

  /** The key itself never appears in a message: it is a secret that ends up in terminal logs. */
  private byte[] parseKey(String source, String text) {
    return HexKey.parse(text)
        .orElseThrow(
            () ->
                usageError(
                    source
                        + " must be 32 hex digits (a 16-byte AES key); the value given is "
                        + text.length()
                        + " characters long. Copy the key from your grid company without spaces."));
  }

  private ZoneId zoneId() {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException unknown) {
      throw usageError(
          "unknown zone '" + zone + "'. Give a region such as Europe/Stockholm or Europe/Oslo.");
    }
  }

  /** Every file is checked before any is decoded, so that a typo does not leave half an output. */
  private List<Capture> captures() {
    List<Capture> captures = new ArrayList<>();
    for (String file : files) {
      Capture capture = Capture.of(file);
      try {
        capture.open();
      } catch (HexText.MalformedHexException notHex) {
        throw usageError(
            "'"
                + file
                + "' "
                + notHex.getMessage()
                + ". A .hex capture holds hex digits and whitespace only: fix it, or rename it if"
                + " it is raw bytes.");
      }
      captures.add(capture);
    }
    return captures;
  }

  private ReadingOutput output(Terminal terminal, ZoneId zoneId) {
    return json ? new JsonLines(terminal.out()) : new TextBlocks(terminal.out(), zoneId);
  }

  private ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
