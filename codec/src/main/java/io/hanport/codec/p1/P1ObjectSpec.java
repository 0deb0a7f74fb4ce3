package io.hanport.codec.p1;

import io.hanport.codec.obis.ObisCode;

/**
 * What the decoder knows about one P1 object: its code (one instance shared by every telegram) and
 * how its value is typed.
 *
 * @param meaning a short description, for the table's reader
 */
record P1ObjectSpec(ObisCode code, P1ValueKind kind, String meaning) {}
