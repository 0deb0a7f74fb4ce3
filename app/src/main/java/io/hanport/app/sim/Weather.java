package io.hanport.app.sim;

/** Outside temperature and sunshine for a site: smooth seasonal curves plus a random day. */
final class Weather {

  private static final long TEMPERATURE_KEY = 0x7E3;
  private static final long DAY_CLOUD_KEY = 0xC10;
  private static final long CHUNK_CLOUD_KEY = 0xC11;
  private static final int DAYS_PER_YEAR = 365;
  /** The coldest day of a Nordic or Dutch year falls around 20 January. */
  private static final int COLDEST_DAY_OF_YEAR = 20;

  private Weather() {}

  /** Outside temperature: season, a warmer afternoon, and a random offset per day. */
  static double outsideC(Site site, long seed, long epochDay, int dayOfYear, int secondOfDay) {
    double season = Math.cos(2 * Math.PI * (dayOfYear - COLDEST_DAY_OF_YEAR) / DAYS_PER_YEAR);
    double afternoon = Math.sin(2 * Math.PI * (secondOfDay / 86_400.0 - 0.375));
    double dayOffset = SeedHash.between(seed, TEMPERATURE_KEY, epochDay, -3.5, 3.5);
    return site.meanTemperatureC() - site.seasonalSwingC() * season + 3.0 * afternoon + dayOffset;
  }

  /**
   * Fraction of clear-sky sunshine reaching the panels: one draw per day (summer days are clearer
   * than winter days) varied by passing clouds every five minutes.
   */
  static double clearness(long seed, long epochDay, int dayOfYear, long epochSecond) {
    double summer = 0.5 - 0.5 * Math.cos(2 * Math.PI * (dayOfYear - COLDEST_DAY_OF_YEAR) / 365.0);
    double day = SeedHash.between(seed, DAY_CLOUD_KEY, epochDay, 0.2 + 0.45 * summer, 1.0);
    double passing = SeedHash.between(seed, CHUNK_CLOUD_KEY, epochSecond / 300, -0.2, 0.2);
    return Math.max(0.05, Math.min(1.0, day + passing * (1.1 - day)));
  }
}
