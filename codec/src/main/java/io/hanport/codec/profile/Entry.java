package io.hanport.codec.profile;

import io.hanport.codec.dlms.DlmsData;
import io.hanport.codec.obis.ObisCode;
import java.util.Optional;

/**
 * One value of a notification body and what the list itself says about it.
 *
 * @param position the 1-based index of the body element where the value (or its OBIS code) sits
 * @param code the OBIS code the list pairs with the value, if any
 * @param wireScale the scaler-unit sent with the value, if any
 */
record Entry(int position, Optional<ObisCode> code, DlmsData value, Optional<Scale> wireScale) {

  boolean isTagged() {
    return code.isPresent();
  }
}
