package io.hanport.codec.profile;

import io.hanport.codec.dlms.AxdrTree;
import io.hanport.codec.obis.ObisCode;
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

  static ListIdentity of(Entries entries, Optional<String> systemTitleManufacturer) {
    AxdrTree tree = entries.tree;
    Optional<String> listId = Optional.empty();
    Optional<String> deviceName = Optional.empty();
    Optional<String> pushSetup = Optional.empty();
    for (int entry = 0; entry < entries.size; entry++) {
      int code = entries.code[entry];
      int value = entries.value[entry];
      if (code >= 0) {
        if (isListId(tree, code) && Values.isText(tree, value) && listId.isEmpty()) {
          listId = Optional.of(Values.text(tree, value));
        } else if (isDeviceName(tree, code) && Values.isText(tree, value)) {
          deviceName = Optional.of(Values.text(tree, value));
        }
      } else if (ListEntries.isPushSetupName(tree, value) && pushSetup.isEmpty()) {
        pushSetup = Optional.of("push " + ObisCode.fromBytes(tree.source(), tree.start(value)));
      } else if (listId.isEmpty() && isLeadingName(entries, entry)) {
        listId = Optional.of(Values.text(tree, value));
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
            : listId.orElse("(unnamed, " + entries.size + " values)");
    return new ListIdentity(listId, manufacturer, name);
  }

  /** A string heading a longer list names it, unless it is the push's date-time (AT lists). */
  private static boolean isLeadingName(Entries entries, int entry) {
    int value = entries.value[entry];
    return entries.position[entry] == 1
        && entries.size > 1
        && Values.isText(entries.tree, value)
        && !Values.isDateTime(entries.tree, value);
  }

  /** x-x:0.2.129: the list id (Aidon 1-1:0.2.129.255, Kaifa SE 1-0:0.2.129.255). */
  private static boolean isListId(AxdrTree tree, int code) {
    return tree.byteAt(code, 2) == 0 && tree.byteAt(code, 3) == 2 && tree.byteAt(code, 4) == 129;
  }

  /** 0-x:42.0.0: the COSEM logical device name. */
  private static boolean isDeviceName(AxdrTree tree, int code) {
    return tree.byteAt(code, 0) == 0
        && tree.byteAt(code, 2) == 42
        && tree.byteAt(code, 3) == 0
        && tree.byteAt(code, 4) == 0;
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
