package io.hanport.codec.wire;

/**
 * A DLMS APDU with no link layer around it, optionally behind its LLC header {@code E6 E7 00}: the
 * form test suites store pushes in (amshan, amsreader "decrypted" dumps; PROTOCOLS.md §7.1). It
 * carries no checksum, so its length comes from the APDU itself.
 */
public record ApduFrame(long streamOffset, byte[] raw) implements Frame {}
