package io.hanport.codec.dlms;

import io.hanport.codec.obis.Telegram;
import io.hanport.codec.wire.DecodeException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns a data-notification into COSEM objects: the meter profiles' job ({@code
 * io.hanport.codec.profile.ProfileMapper}), kept behind this interface so that the protocol layer
 * does not depend on the vendor tables.
 */
@FunctionalInterface
public interface NotificationMapper {

  /**
   * @param manufacturer the three-letter id from the system title of the ciphered APDU that carried
   *     the notification, when one did (KAM, LGZ, ISK…): a hint for lists that do not name their
   *     vendor
   * @param warnings where to say what could not be mapped
   */
  Telegram map(
      DataNotification notification, Optional<String> manufacturer, Consumer<String> warnings)
      throws DecodeException;

  /**
   * Maps a data-notification straight from its bytes {@code apdu[offset, limit)} when it repeats
   * the layout of one this mapper mapped before, as a meter's pushes do; empty otherwise, and the
   * decoder then parses it and calls {@link #map}. A telegram from here must equal the one {@link
   * #map} would give.
   */
  default Optional<Telegram> mapRepeated(
      byte[] apdu,
      int offset,
      int limit,
      Optional<String> manufacturer,
      Consumer<String> warnings) {
    return Optional.empty();
  }
}
