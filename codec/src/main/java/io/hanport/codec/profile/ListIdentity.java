package io.hanport.codec.profile;

import io.hanport.codec.obis.ObisCode;
import java.util.List;
import java.util.Optional;

/**
 * What a list says about itself: its list id, its maker, and a name for messages.
 *
 * @param listId the value of {@code x-x:0.2.129} (AIDON_V0001, KFM_001), else the list's first bare
 *     string (Kamstrup_V0001, Kaifa's positional KFM_001, Iskra's logical device name)
 * @param manufacturer the system title's manufacturer id, else the logical device name (0-0:42.0.0,
 *     or a bare leading string shaped like one: three capital letters and digits)
 */
record ListIdentity(Optional<String> listId, Optional<String> manufacturer, String name) {

  static ListIdentity of(List<Entry> entries, Optional<String> systemTitleManufacturer) {
    Optional<String> listId = Optional.empty();
    Optional<String> deviceName = Optional.empty();
    Optional<String> pushSetup = Optional.empty();
    for (Entry entry : entries) {
      if (entry.code().isPresent()) {
        ObisCode code = entry.code().get();
        if (isListId(code) && Values.isText(entry.value()) && listId.isEmpty()) {
          listId = Optional.of(Values.text(entry.value()));
        } else if (isDeviceName(code) && Values.isText(entry.value())) {
          deviceName = Optional.of(Values.text(entry.value()));
        }
      } else if (ListEntries.isPushSetupName(entry.value()) && pushSetup.isEmpty()) {
        pushSetup = Optional.of("push " + ListEntries.obis(entry.value()));
      } else if (listId.isEmpty() && isLeadingName(entry, entries.size())) {
        listId = Optional.of(Values.text(entry.value()));
      }
    }
    if (deviceName.isEmpty()) {
      deviceName = listId.filter(ListIdentity::looksLikeDeviceName);
    }
    Optional<String> manufacturer =
        systemTitleManufacturer.isPresent() ? systemTitleManufacturer : deviceName;
    String name =
        pushSetup.isPresent()
            ? pushSetup.get()
            : listId.orElse("(unnamed, " + entries.size() + " values)");
    return new ListIdentity(listId, manufacturer, name);
  }

  /** A string heading a longer list names it, unless it is the push's date-time (AT lists). */
  private static boolean isLeadingName(Entry entry, int entries) {
    return entry.position() == 1
        && entries > 1
        && Values.isText(entry.value())
        && !Values.isDateTime(entry.value());
  }

  private static boolean isListId(ObisCode code) {
    return code.c() == 0 && code.d() == 2 && code.e() == 129;
  }

  private static boolean isDeviceName(ObisCode code) {
    return code.a() == 0 && code.c() == 42 && code.d() == 0 && code.e() == 0;
  }

  /** COSEM logical device names: a FLAG manufacturer id and a serial, e.g. ISK1030792283067. */
  private static boolean looksLikeDeviceName(String text) {
    if (text.length() < 4) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean ok = i < 3 ? ch >= 'A' && ch <= 'Z' : ch >= '0' && ch <= '9';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
