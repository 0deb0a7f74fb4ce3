package io.hanport.codec.dlms;

/** Names for APDU tags that are not pushes, so a rejection says what arrived instead. */
final class Apdus {

  private Apdus() {}

  /**
   * xDLMS service APDUs (IEC 62056-5-3 §8): requests and responses of a client session, which a
   * push-only reader does not take part in. Anything else is not DLMS at all.
   */
  static boolean isKnownNonPush(int tag) {
    return (tag >= 0x60 && tag <= 0x63) || (tag >= 0xC0 && tag <= 0xC7) || tag == 0xD8;
  }

  static String describe(int tag) {
    if (isKnownNonPush(tag)) {
      return String.format(
          "APDU %02X is a client-session service, not a push (data-notification 0F,"
              + " general-block-transfer E0 or general-glo-ciphering DB)",
          tag);
    }
    return String.format("%02X does not start an LLC header (E6 E7 00) or a DLMS push APDU", tag);
  }
}
