package io.hanport.codec.profile;

import java.util.Optional;

/** How a list shows which profile it follows. */
public record Identity(Kind kind, String prefix) {

  public enum Kind {
    /** Any list of the right layout (and, for positional lists, the right shape). */
    ANY,
    /** The list id ({@code x-x:0.2.129} or the list's first string) starts with the prefix. */
    LIST_ID,
    /**
     * The manufacturer: the system title of the ciphered APDU, or the logical device name
     * (0-0:42.0.0, e.g. {@code LGZ1030655933512}) starts with the prefix.
     */
    MANUFACTURER
  }

  static Identity any() {
    return new Identity(Kind.ANY, "");
  }

  static Identity listId(String prefix) {
    return new Identity(Kind.LIST_ID, prefix);
  }

  static Identity manufacturer(String prefix) {
    return new Identity(Kind.MANUFACTURER, prefix);
  }

  boolean matches(Optional<String> listId, Optional<String> manufacturer) {
    switch (kind) {
      case ANY:
        return true;
      case LIST_ID:
        return listId.filter(id -> id.startsWith(prefix)).isPresent();
      case MANUFACTURER:
        return manufacturer.filter(id -> id.startsWith(prefix)).isPresent();
      default:
        throw new IllegalStateException(kind.name());
    }
  }
}
