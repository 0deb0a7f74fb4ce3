package io.hanport.app.cli;

/**
 * What an import read.
 *
 * @param readings readings decoded and handed to the store
 * @param rejected frames rejected (bad checksum, truncated, undecodable)
 * @param withoutClock readings of a capture that carry no meter clock, so no time of their own
 */
record ImportCounts(long readings, long rejected, long withoutClock) {

  /** Counts of an input whose readings all have a time: live, or simulated. */
  ImportCounts(long readings, long rejected) {
    this(readings, rejected, 0);
  }
}
