package io.hanport.app.sim;

/** What one emission of a meter carries; P1 meters send one kind, DLMS meters several lists. */
public enum Push {
  /** A complete P1 telegram. */
  TELEGRAM,
  /** Active import power only: Aidon and Kaifa list 1 (PROTOCOLS.md §6.5). */
  POWER,
  /** Ids plus instantaneous power, current and voltage: Aidon/Kaifa list 2, Kamstrup list 1. */
  INSTANTANEOUS,
  /** The instantaneous list plus clock and energy registers: list 3, Kamstrup's hourly list. */
  HOURLY
}
