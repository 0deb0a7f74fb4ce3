package io.hanport.codec.p1;

/** How the value groups of one P1 data line become a COSEM value (ARCHITECTURE.md rule 3). */
enum P1ValueKind {
  /** Identifiers, timestamps, tariff indicator, versions, messages, states: the raw text. */
  TEXT,
  /** {@code (value*unit)}: a number with its unit, or a bare number (counters, Smarty's 3.7.0). */
  QUANTITY,
  /** {@code (TST)(value*unit)}: M-Bus readings (0-n:24.2.1, Belgian 24.2.3), monthly peak 1.6.0. */
  CAPTURED_QUANTITY,
  /**
   * {@code (n)(code)(TST)(value)…}: a buffer of entries (power-failure log 99.97.0, Belgian
   * 13-month history 98.1.0), kept as text holding every raw value group.
   */
  LOG,
  /**
   * DSMR 2.2/3 gas profile {@code 0-n:24.3.0(TST)(00)(60)(1)(0-n:24.2.1)(m3)} whose value
   * {@code (00001.001)} follows on the NEXT line (PROTOCOLS.md §2).
   */
  PROFILE_ON_NEXT_LINE
}
