package io.hanport.codec.obis;

import java.util.List;
import java.util.Optional;

/**
 * What a decoder makes of one frame: the COSEM objects it carried, in wire order, before any
 * normalisation into a reading.
 *
 * @param protocol {@code dsmr} for an ASCII P1 telegram, {@code dlms} for DLMS/COSEM binary
 * @param header the DSMR identification line without its leading {@code /}; empty for DLMS
 * @param objects every object, in the order sent (the order is not fixed: DSMR5 §6.13)
 * @param encrypted true when the frame came out of a general-glo-ciphering APDU
 * @param notificationTime the DLMS data-notification date-time as ISO-8601, when sent
 */
public record Telegram(
    String protocol,
    String header,
    List<CosemObject> objects,
    boolean encrypted,
    Optional<String> notificationTime) {

  public static final String DSMR = "dsmr";
  public static final String DLMS = "dlms";

  public Telegram {
    objects = List.copyOf(objects);
  }

  public static Telegram dsmr(String header, List<CosemObject> objects) {
    return new Telegram(DSMR, header, objects, false, Optional.empty());
  }

  public static Telegram dlms(List<CosemObject> objects, Optional<String> notificationTime) {
    return new Telegram(DLMS, "", objects, false, notificationTime);
  }

  /** The same telegram marked as having come out of a ciphered frame. */
  public Telegram asDecrypted() {
    return new Telegram(protocol, header, objects, true, notificationTime);
  }
}
