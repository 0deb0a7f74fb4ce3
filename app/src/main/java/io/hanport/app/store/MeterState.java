package io.hanport.app.store;

/**
 * What ingest needs to know about a meter between batches, cached in memory and saved in the {@code
 * meter} row in the same transaction as the batch. A batch works on a copy, which replaces the
 * cached one only after the commit, so a failed batch leaves no trace.
 */
final class MeterState {

  final long id;
  final String name;
  long firstTs;
  long lastTs;

  /** The last register reading: in-order ingest takes differences against it. */
  RegisterPoint register;

  /**
   * Every reading at or after this time is in the raw table, so an out-of-order reading from then
   * on finds its neighbours there; null when the raw table holds no complete tail.
   */
  Long rawFrom;

  byte[] dictionary;
  boolean dictionaryChanged;

  /** The dictionary, parsed once for {@link RawCodec}. */
  TelegramTemplate template;

  MeterState(long id, String name, long firstTs, long lastTs) {
    this.id = id;
    this.name = name;
    this.firstTs = firstTs;
    this.lastTs = lastTs;
  }

  MeterState copy() {
    MeterState copy = new MeterState(id, name, firstTs, lastTs);
    copy.register = register;
    copy.rawFrom = rawFrom;
    copy.dictionary = dictionary;
    copy.template = template;
    return copy;
  }
}
