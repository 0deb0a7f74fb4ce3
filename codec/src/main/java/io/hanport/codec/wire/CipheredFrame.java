package io.hanport.codec.wire;

/**
 * A general-glo-ciphering APDU sent naked on a P1 line (Luxembourg Smarty, Austrian T210-D:
 * PROTOCOLS.md §4, §6.7), framed by its own A-XDR length.
 */
public record CipheredFrame(long streamOffset, byte[] raw) implements Frame {}
