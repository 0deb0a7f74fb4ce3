package io.hanport.codec.profile;

import java.util.List;
import java.util.Set;

/**
 * A meter family's list format as data (ARCHITECTURE.md "MeterProfile"): how to recognise its
 * lists, how values are laid out, the scales of values sent bare, and its named quirks. A new meter
 * is a new entry in {@link MeterProfiles} plus the capture that shows it.
 */
public record MeterProfile(String name, Identity identity, Layout layout, Set<Quirk> quirks) {

  public MeterProfile {
    quirks = Set.copyOf(quirks);
  }

  public boolean has(Quirk quirk) {
    return quirks.contains(quirk);
  }

  /** How a profile's lists place their values. */
  public sealed interface Layout {}

  /** OBIS codes next to values (nested or flat); bare numbers scaled by the table. */
  public record Tagged(ScaleTable scales) implements Layout {}

  /** Bare values whose position says what they are. */
  public record Positional(List<Position> positions) implements Layout {
    public Positional {
      positions = List.copyOf(positions);
    }
  }

  /**
   * An IDIS push: {@code structure{array of {class, OBIS, attribute, index}, value, value, …}},
   * element i of the structure being the value of descriptor i (PROTOCOLS.md §6.5, §6.8).
   */
  public record PushObjectList(ScaleTable scales) implements Layout {}
}
