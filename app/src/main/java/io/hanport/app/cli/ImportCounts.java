package io.hanport.app.cli;

/**
 * What an import read.
 *
 * @param readings readings decoded and handed to the store
 * @param rejected frames rejected (bad checksum, truncated, undecodable)
 */
record ImportCounts(long readings, long rejected) {}
