package io.hanport.app.source.doctor;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code hanport doctor} tells the user: findings in plain words, each with its fix.
 *
 * @param readingsDecoded whether readings decoded: the command's exit status is 0 exactly then
 * @param findings the most important first
 */
public record Diagnosis(boolean readingsDecoded, List<Finding> findings) {

  /** How much a finding matters; the label a person sees before it. */
  public enum Severity {
    OK,
    NOTE,
    PROBLEM,
    DANGER
  }

  /** One thing seen, and what to do about it. */
  public record Finding(Severity severity, String text) {
    @Override
    public String toString() {
      return severity + ": " + text;
    }
  }

  public Diagnosis {
    findings = List.copyOf(findings);
  }

  /** The findings as the command prints them, one paragraph each. */
  public String text() {
    return findings.stream().map(Finding::toString).collect(Collectors.joining("\n\n", "", "\n"));
  }
}
