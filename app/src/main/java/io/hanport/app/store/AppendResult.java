package io.hanport.app.store;

/**
 * What one {@link Store#append} did.
 *
 * @param stored readings new to the store, now in its rollups (and raw table, within retention)
 * @param skipped readings the store already had (same meter and time), or too old to merge: out of
 *     order and before the oldest raw reading kept, so their neighbours are no longer known
 */
public record AppendResult(int stored, int skipped) {

  public AppendResult plus(AppendResult other) {
    return new AppendResult(stored + other.stored, skipped + other.skipped);
  }
}
