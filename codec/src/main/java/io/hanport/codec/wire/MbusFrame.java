package io.hanport.codec.wire;

/**
 * A wired M-Bus long frame (EN 13757-2) with its checksum verified (PROTOCOLS.md §6.9).
 *
 * @param ci the control-information byte, which carries the DLMS segment number and final bit
 * @param dataOffset where the data after the CI, STSAP and DTSAP bytes starts within {@code raw}
 * @param dataLength its length
 */
public record MbusFrame(long streamOffset, byte[] raw, int ci, int dataOffset, int dataLength)
    implements Frame {}
