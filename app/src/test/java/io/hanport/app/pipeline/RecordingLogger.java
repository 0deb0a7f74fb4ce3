package io.hanport.app.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** Keeps every log line as {@code LEVEL message}, for tests of what gets logged how often. */
final class RecordingLogger extends LegacyAbstractLogger {

  private final List<String> lines = new ArrayList<>();

  synchronized List<String> lines() {
    return new ArrayList<>(lines);
  }

  /** The lines at {@code level} and above (WARN includes ERROR, INFO includes WARN). */
  synchronized List<String> linesAtLeast(Level level) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      Level lineLevel = Level.valueOf(line.substring(0, line.indexOf(' ')));
      if (lineLevel.toInt() >= level.toInt()) {
        kept.add(line);
      }
    }
    return kept;
  }

  @Override
  protected synchronized void handleNormalizedLoggingCall(
      Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
    lines.add(level + " " + MessageFormatter.basicArrayFormat(pattern, arguments));
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  public boolean isTraceEnabled() {
    return true;
  }

  @Override
  public boolean isDebugEnabled() {
    return true;
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }
}
