package io.hanport.app.pipeline;

import io.hanport.codec.reading.Field;
import io.hanport.codec.reading.Reading;
import java.util.Locale;
import java.util.Optional;

/**
 * The meter name readings carry: the input's name when the user gave one, else one derived from
 * what the meter says about itself, so it is the same after a restart. The meter id when it sends
 * one; else the DSMR header (Swedish telegrams carry no id: PROTOCOLS.md §1.6), e.g. {@code
 * ELL5\253833635_A} becomes {@code ell5-253833635-a}. A reading that names neither (Kaifa and Aidon
 * list 1 carry power only: §6.5) takes the name the last one gave; before any did, a name derived
 * from the input URI.
 */
public final class MeterNames {

  private final Optional<String> given;
  private String learned;

  public MeterNames(Optional<String> given, String inputUri) {
    this.given = given;
    this.learned = slug(inputUri);
  }

  public String nameFor(Reading reading) {
    if (given.isPresent()) {
      return given.get();
    }
    Optional<String> identity = reading.text(Field.METER_ID).or(() -> reading.text(Field.HEADER));
    identity
        .map(MeterNames::slug)
        .filter(name -> !name.isEmpty())
        .ifPresent(name -> learned = name);
    return learned;
  }

  /** Lower-case letters and digits, any other run as one '-': safe in MQTT topics and URLs. */
  static String slug(String text) {
    String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return slug.replaceAll("^-+|-+$", "");
  }
}
