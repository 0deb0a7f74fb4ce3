package io.hanport.app.source.doctor;

import io.hanport.app.source.Endpoint;
import io.hanport.app.source.SerialSettings;
import io.hanport.app.source.doctor.Diagnosis.Finding;
import io.hanport.app.source.doctor.Diagnosis.Severity;
import io.hanport.codec.wire.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what doctor heard into plain words with fixes. A pure function of the observations, so
 * every case is tested by its wording without a meter.
 */
public final class Diagnostician {

  /** Above this share of bad checksums the line itself is suspect, not the odd glitch. */
  private static final double NOISY = 0.05;

  /** Two HDLC starts at 2400 baud are no coincidence in garbage (1 in 4096 byte pairs each). */
  private static final int HDLC_EVIDENCE = 2;

  private Diagnostician() {}

  public static Diagnosis diagnose(Observations seen) {
    List<Finding> findings = new ArrayList<>();
    if (seen.openFailure().isPresent()) {
      findings.add(
          problem(
              "could not open "
                  + seen.endpoint().uri()
                  + ": "
                  + seen.openFailure().get()
                  + ". "
                  + Advice.openFix(seen.endpoint())));
      return new Diagnosis(false, findings);
    }
    mbusOnP1(seen).ifPresent(findings::add);
    Optional<Trial> working = seen.firstWithValidFrames();
    if (working.isPresent()) {
      findings.addAll(working(seen, working.get()));
    } else if (seen.bytes() == 0) {
      findings.add(
          problem(
              "no bytes at all in "
                  + seconds(seen.listened())
                  + tried(seen)
                  + "."
                  + Advice.noBytesFix(seen.endpoint())));
    } else {
      findings.add(garbage(seen));
    }
    return new Diagnosis(seen.readingsDecoded(), findings);
  }

  private static List<Finding> working(Observations seen, Trial trial) {
    List<Finding> findings = new ArrayList<>();
    String where = trial.settings().map(settings -> " at " + settings).orElse("");
    if (trial.readings() > 0) {
      findings.add(
          new Finding(
              Severity.OK,
              trial.readings() + " readings decoded" + where + ". " + describeMeter(trial)));
    }
    wrongSettings(seen, trial).ifPresent(findings::add);
    encrypted(seen, trial).ifPresent(findings::add);
    findings.add(checksums(trial));
    findings.add(interval(seen, trial));
    return findings;
  }

  private static String describeMeter(Trial trial) {
    String protocol = trial.protocol().map(Diagnostician::protocolName).orElse("unknown protocol");
    return "Protocol: "
        + protocol
        + trial.profile().map(profile -> ", meter " + profile).orElse("")
        + ".";
  }

  private static String protocolName(String protocol) {
    return protocol.equals("dsmr") ? "DSMR/P1 telegrams" : "DLMS/COSEM";
  }

  /** The user gave settings that did not work, and detection found others that do. */
  private static Optional<Finding> wrongSettings(Observations seen, Trial trial) {
    if (!(seen.endpoint() instanceof Endpoint.Serial serial) || serial.settings().isEmpty()) {
      return Optional.empty();
    }
    SerialSettings given = serial.settings().get();
    SerialSettings found = trial.settings().orElse(given);
    if (found.equals(given)) {
      return Optional.empty();
    }
    return Optional.of(
        problem(
            "wrong serial settings: nothing decodes at "
                + given
                + ", but frames do at "
                + found
                + ". Use serial:"
                + serial.port()
                + "?"
                + found.query()
                + ", or leave the settings out and hanport detects them."));
  }

  private static Optional<Finding> encrypted(Observations seen, Trial trial) {
    int locked = trial.rejected(Reason.DECRYPTION_FAILED);
    if (locked == 0) {
      return Optional.empty();
    }
    String what = locked + " frames are encrypted";
    return Optional.of(
        problem(
            seen.keyGiven()
                ? what
                    + " and the key given does not open them: check it with your grid company"
                    + " (DSO), digit by digit. "
                    + Advice.KEY_SOURCE
                : what + " and no key was given. " + Advice.KEY_SOURCE));
  }

  private static Finding checksums(Trial trial) {
    int bad = trial.rejected(Reason.BAD_CHECKSUM);
    int frames = trial.frames();
    if (bad == 0) {
      return new Finding(Severity.OK, "checksum failures: none in " + frames + " frames.");
    }
    double rate = (double) bad / frames;
    String text =
        String.format(
            Locale.ROOT, "checksum failures: %d of %d frames (%.0f %%).", bad, frames, rate * 100);
    if (rate <= NOISY) {
      return new Finding(Severity.NOTE, text + " An occasional failure is normal on a long cable.");
    }
    return problem(
        text
            + " That many point at the line: a long or unshielded cable, a weak"
            + " pull-up on the data line, or a loose plug. Shorten or replace the cable.");
  }

  /** A capture holds no timing; a live input shows the meter's pace (PROTOCOLS.md §1.3, §6.6). */
  private static Finding interval(Observations seen, Trial trial) {
    if (seen.endpoint() instanceof Endpoint.File) {
      return new Finding(Severity.NOTE, "frame interval: a file holds no timing.");
    }
    if (trial.frameGaps().isEmpty()) {
      return new Finding(
          Severity.NOTE,
          "frame interval: only one frame in "
              + seconds(trial.listened())
              + "; listen longer (--seconds) to measure it.");
    }
    List<Duration> gaps = trial.frameGaps().stream().sorted().collect(Collectors.toList());
    Duration median = gaps.get(gaps.size() / 2);
    return new Finding(
        Severity.OK,
        String.format(
            Locale.ROOT, "frame interval: one frame every %.1f s.", median.toMillis() / 1000.0));
  }

  private static Finding garbage(Observations seen) {
    Optional<Trial> inverted =
        seen.trials().stream().filter(trial -> trial.invertedValidFrames() > 0).findFirst();
    if (inverted.isPresent()) {
      String where = inverted.get().settings().map(settings -> " at " + settings).orElse("");
      return problem(
          "frames decode only when every bit is inverted"
              + where
              + ": the signal reaches this computer upside down. "
              + Advice.INVERSION);
    }
    Trial first =
        seen.trials().stream().filter(trial -> trial.bytes() > 0).findFirst().orElseThrow();
    int badChecksums =
        seen.trials().stream().mapToInt(trial -> trial.rejected(Reason.BAD_CHECKSUM)).sum();
    return problem(
        seen.bytes()
            + " bytes arrived, but no frame with a valid checksum"
            + tried(seen)
            + (badChecksums > 0 ? " (" + badChecksums + " frames failed their checksum)" : "")
            + ". The first bytes: "
            + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(first.firstBytes())
            + ". Likely causes:"
            + Advice.garbageFix(seen.endpoint()));
  }

  /** PROTOCOLS.md §1.1: M-Bus voltage on pin 1 destroys a 5 V P1 device. */
  private static Optional<Finding> mbusOnP1(Observations seen) {
    if (seen.adapter() != Observations.Adapter.P1) {
      return Optional.empty();
    }
    boolean mbus =
        seen.trials().stream()
            .filter(
                trial -> trial.settings().map(settings -> settings.baud() == 2400).orElse(false))
            .anyMatch(
                trial ->
                    trial.hdlcStarts() >= HDLC_EVIDENCE
                        || (trial.validFrames() > 0
                            && trial.protocol().filter("dlms"::equals).isPresent()));
    return mbus ? Optional.of(new Finding(Severity.DANGER, Advice.MBUS_DANGER)) : Optional.empty();
  }

  private static String tried(Observations seen) {
    List<String> settings =
        seen.trials().stream()
            .flatMap(trial -> trial.settings().stream())
            .map(SerialSettings::toString)
            .collect(Collectors.toList());
    return settings.isEmpty() ? "" : " at " + String.join(", ", settings);
  }

  private static String seconds(Duration duration) {
    return Math.round(duration.toMillis() / 1000.0) + " s";
  }

  private static Finding problem(String text) {
    return new Finding(Severity.PROBLEM, text);
  }
}
