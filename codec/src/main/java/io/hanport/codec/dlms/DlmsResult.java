package io.hanport.codec.dlms;

import io.hanport.codec.obis.Telegram;

/** What a complete DLMS push decodes to. */
public sealed interface DlmsResult {

  /** A data-notification, mapped to COSEM objects by a meter profile. */
  record Cosem(Telegram telegram) implements DlmsResult {}

  /**
   * The plaintext of a ciphered APDU that is an ASCII P1 telegram (Luxembourg Smarty, Austrian
   * T210-D: PROTOCOLS.md §4, §5), CRC line included, for the P1 decoder; the reading is encrypted.
   */
  record P1Text(byte[] telegram) implements DlmsResult {}
}
