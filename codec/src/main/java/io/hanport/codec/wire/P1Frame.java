package io.hanport.codec.wire;

/**
 * An ASCII P1 telegram from {@code /} through the line with {@code !} and its CRC.
 *
 * @param checksumVerified true when the telegram carried a CRC and it matched; false for formats
 *     that send none (DSMR 2.2/3, EasyMeter: PROTOCOLS.md §1.5)
 */
public record P1Frame(long streamOffset, byte[] raw, boolean checksumVerified) implements Frame {}
