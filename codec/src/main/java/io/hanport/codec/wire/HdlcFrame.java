package io.hanport.codec.wire;

/**
 * An HDLC frame format type 3 (IEC 62056-46) with HCS and FCS verified.
 *
 * @param raw the bytes from the opening to the closing flag, both included
 * @param segmented the format field's S bit: the information continues in the next frame
 * @param control the control byte; any value is accepted (PROTOCOLS.md §6.2)
 * @param informationOffset where the information field starts within {@code raw}
 * @param informationLength its length, 0 for a frame without one
 */
public record HdlcFrame(
    long streamOffset,
    byte[] raw,
    boolean segmented,
    int control,
    int informationOffset,
    int informationLength)
    implements Frame {}
