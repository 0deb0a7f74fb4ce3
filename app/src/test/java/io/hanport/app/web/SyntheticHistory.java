package io.hanport.app.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A plausible Swedish household's energy for any interval, computed, not stored: a base load,
 * morning and evening peaks, more in winter, solar export on summer middays. Data begins at
 * {@code firstData}, ends at {@code now}, and has a gap ({@code gapStart}, three hours), so the
 * dashboard has gaps to draw.
 */
final class SyntheticHistory implements FakeBackend.HistorySource {

  private final ZoneId zone;
  private final Instant firstData;
  private final Instant now;
  private final Instant gapStart;

  SyntheticHistory(ZoneId zone, Instant firstData, Instant now, Instant gapStart) {
    this.zone = zone;
    this.firstData = firstData;
    this.now = now;
    this.gapStart = gapStart;
  }

  @Override
  public List<HistoryPoint> history(String meter, Instant from, Instant to, Resolution resolution) {
    List<HistoryPoint> points = new ArrayList<>();
    ZonedDateTime start = resolution.floor(from.atZone(zone));
    while (start.toInstant().isBefore(to)) {
      ZonedDateTime end = resolution.next(start);
      double[] energy = energy(start, end);
      if (energy != null) {
        points.add(new HistoryPoint(start.toInstant(), energy[0], energy[1]));
      }
      start = end;
    }
    return points;
  }

  /** Import and export summed over quarter hours; null when no quarter hour has data. */
  private double[] energy(ZonedDateTime start, ZonedDateTime end) {
    double[] sum = null;
    for (ZonedDateTime quarter = start; quarter.isBefore(end); quarter = quarter.plusMinutes(15)) {
      Instant instant = quarter.toInstant();
      boolean inGap = !instant.isBefore(gapStart) && instant.isBefore(gapStart.plusSeconds(10800));
      if (instant.isBefore(firstData) || !instant.isBefore(now) || inGap) {
        continue;
      }
      sum = sum == null ? new double[2] : sum;
      double[] q = quarter(quarter);
      sum[0] += q[0];
      sum[1] += q[1];
    }
    return sum;
  }

  private static double[] quarter(ZonedDateTime time) {
    double hour = time.getHour() + time.getMinute() / 60.0;
    double winter = 1 + 0.6 * Math.cos(2 * Math.PI * (time.getDayOfYear() - 15) / 365.0);
    double load = 0.32 + 1.1 * bump(hour, 7.5, 1.2) + 1.9 * bump(hour, 18.5, 1.8);
    double noise = 0.85 + 0.3 * ((time.toEpochSecond() / 900 * 2654435761L) % 1000) / 1000.0;
    double sun = Math.max(0, 1.4 - winter) * 5 * bump(hour, 13, 2.5);
    double net = load * winter * noise - sun;
    return new double[] {Math.max(0, net) / 4, Math.max(0, -net) / 4};
  }

  private static double bump(double hour, double centre, double width) {
    double x = (hour - centre) / width;
    return Math.exp(-x * x);
  }
}
