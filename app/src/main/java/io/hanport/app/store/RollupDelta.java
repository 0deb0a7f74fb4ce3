package io.hanport.app.store;

/**
 * What one batch adds to one rollup row; written with an upsert that adds the sums and keeps the
 * extremes ({@link RollupWriter}). Sums are signed: merging an out-of-order reading takes back the
 * difference it splits. Instantaneous extremes only ever grow, as readings are never removed from a
 * rollup.
 */
final class RollupDelta {

  final long start;
  final long end;
  long importMilliWh;
  long exportMilliWh;
  long coveredMs;
  long spillMs;
  int breaks;
  int readings;
  int powerReadings;
  double powerMinW = Double.NaN;
  double powerMaxW = Double.NaN;
  double powerSumW;
  final double[] currentMaxA = {Double.NaN, Double.NaN, Double.NaN};
  double voltageMinV = Double.NaN;
  double voltageMaxV = Double.NaN;

  RollupDelta(long start, long end) {
    this.start = start;
    this.end = end;
  }

  void addMeasurements(Sample sample) {
    readings++;
    if (!Double.isNaN(sample.powerW)) {
      powerReadings++;
      powerSumW += sample.powerW;
      powerMinW = min(powerMinW, sample.powerW);
      powerMaxW = max(powerMaxW, sample.powerW);
    }
    for (int phase = 0; phase < 3; phase++) {
      currentMaxA[phase] = max(currentMaxA[phase], sample.currentA[phase]);
    }
    voltageMinV = min(voltageMinV, sample.voltageMinV);
    voltageMaxV = max(voltageMaxV, sample.voltageMaxV);
  }

  /** The smaller, where NaN means absent (not Math.min's "NaN wins"). */
  static double min(double a, double b) {
    if (Double.isNaN(a)) {
      return b;
    }
    return Double.isNaN(b) || a <= b ? a : b;
  }

  static double max(double a, double b) {
    if (Double.isNaN(a)) {
      return b;
    }
    return Double.isNaN(b) || a >= b ? a : b;
  }
}
