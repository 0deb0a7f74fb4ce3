package io.hanport.app.sim;

/**
 * Rooftop photovoltaics behind a three-phase inverter. Output follows the sun's elevation at the
 * site (declination by day of year, hour angle by UTC and longitude) times the day's clearness, so
 * a summer midday exports and a winter night produces nothing. It subtracts from the phase loads.
 */
final class SolarPanels implements Appliance {

  private static final double SYSTEM_EFFICIENCY = 0.85;
  private static final double AXIAL_TILT_DEG = 23.44;
  private static final long SIZE_KEY = 0x50;

  private final long seed;
  private final double peakW;
  private final double sinLatitude;
  private final double cosLatitude;
  private final double longitudeDeg;

  SolarPanels(long seed, Site site) {
    this.seed = seed;
    this.peakW = SeedHash.between(seed, SIZE_KEY, 0, 4_000, 9_000);
    this.sinLatitude = Math.sin(Math.toRadians(site.latitudeDeg()));
    this.cosLatitude = Math.cos(Math.toRadians(site.latitudeDeg()));
    this.longitudeDeg = site.longitudeDeg();
  }

  @Override
  public void addLoad(Slot slot, LoadSum sum) {
    double sinElevation = sinSunElevation(slot.dayOfYear(), slot.startEpochSecond());
    if (sinElevation <= 0) {
      return;
    }
    double clearness =
        Weather.clearness(seed, slot.localEpochDay(), slot.dayOfYear(), slot.startEpochSecond());
    double watts = peakW * SYSTEM_EFFICIENCY * clearness * Math.pow(sinElevation, 1.15);
    sum.addThreePhase(-(int) Math.round(watts), 0);
  }

  /** The sine of the sun's elevation (Cooper's declination; equation of time ignored). */
  double sinSunElevation(int dayOfYear, long epochSecond) {
    double declination =
        Math.toRadians(AXIAL_TILT_DEG * Math.sin(2 * Math.PI * (284 + dayOfYear) / 365.0));
    double utcHours = Math.floorMod(epochSecond, 86_400L) / 3600.0;
    double solarHours = utcHours + longitudeDeg / 15.0;
    double hourAngle = Math.toRadians(15.0 * (solarHours - 12.0));
    return sinLatitude * Math.sin(declination)
        + cosLatitude * Math.cos(declination) * Math.cos(hourAngle);
  }
}
