package io.hanport.app.store;

/**
 * How two consecutive register readings of one meter relate. Anything but {@link #CONTINUOUS}
 * starts a new segment: the difference is unknown and counts as zero, never as negative or huge
 * energy (issue 5, "Integrity").
 */
enum StepKind {
  CONTINUOUS(""),
  METER_CHANGED("meter identity changed"),
  REGISTER_BACKWARDS("register went backwards"),
  REGISTER_JUMP("register jumped");

  /**
   * Average power above this over a step is no household or street meter but a swap to a meter with
   * a higher count that sends no id (Swedish P1 has none, READING.md {@code meter_id}).
   */
  static final double MAX_PLAUSIBLE_POWER_W = 1_000_000;

  private static final double MS_PER_HOUR = 3_600_000;

  private final String reason;

  StepKind(String reason) {
    this.reason = reason;
  }

  String reason() {
    return reason;
  }

  static StepKind between(RegisterPoint before, RegisterPoint after) {
    if (before.identity() != null
        && after.identity() != null
        && !before.identity().equals(after.identity())) {
      return METER_CHANGED;
    }
    long imported = difference(before.importMilliWh(), after.importMilliWh());
    long exported = difference(before.exportMilliWh(), after.exportMilliWh());
    if (imported < 0 || exported < 0) {
      return REGISTER_BACKWARDS;
    }
    double hours = (after.ts() - before.ts()) / MS_PER_HOUR;
    double averageW = Math.max(imported, exported) / 1000.0 / hours;
    return averageW > MAX_PLAUSIBLE_POWER_W ? REGISTER_JUMP : CONTINUOUS;
  }

  /** mWh between two register values; zero when either reading lacks the register. */
  static long difference(Long before, Long after) {
    return before == null || after == null ? 0 : after - before;
  }
}
