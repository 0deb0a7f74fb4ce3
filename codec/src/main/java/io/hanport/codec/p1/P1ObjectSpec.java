package io.hanport.codec.p1;

import io.hanport.codec.obis.ObisCode;

/**
 * What the decoder knows about one P1 object: its code (one instance shared by every telegram) and
 * how its value is typed.
 *
 * @param meaning a short description, for the table's reader
 * @param key the code packed as {@link P1ObjectSpecs#key} packs it
 * @param textLength the length of the code written as telegrams write it ({@code 1-0:1.8.0})
 */
record P1ObjectSpec(ObisCode code, P1ValueKind kind, String meaning, long key, int textLength) {

  P1ObjectSpec(ObisCode code, P1ValueKind kind, String meaning) {
    this(code, kind, meaning, code.packed(), code.toString().length());
  }
}
