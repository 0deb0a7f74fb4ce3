package io.hanport.app.sim;

import java.time.ZoneId;

/**
 * Where a simulated household stands: the sun's path (latitude, longitude), the climate that drives
 * heating, and the local time that meals, tariffs and meter clocks follow.
 *
 * @param meanTemperatureC yearly mean outside temperature
 * @param seasonalSwingC half the difference between the warmest and the coldest month
 */
record Site(
    String place,
    double latitudeDeg,
    double longitudeDeg,
    ZoneId zone,
    double meanTemperatureC,
    double seasonalSwingC) {

  static final Site STOCKHOLM =
      new Site("Stockholm", 59.33, 18.07, ZoneId.of("Europe/Stockholm"), 7.5, 10.0);
  static final Site UTRECHT =
      new Site("Utrecht", 52.09, 5.12, ZoneId.of("Europe/Amsterdam"), 10.5, 7.0);
  static final Site OSLO = new Site("Oslo", 59.91, 10.75, ZoneId.of("Europe/Oslo"), 6.5, 10.5);
  static final Site LUXEMBOURG =
      new Site("Luxembourg", 49.61, 6.13, ZoneId.of("Europe/Luxembourg"), 9.5, 8.0);
}
