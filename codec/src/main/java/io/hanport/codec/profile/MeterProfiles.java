package io.hanport.codec.profile;

import static io.hanport.codec.profile.Position.number;
import static io.hanport.codec.profile.Position.text;

import io.hanport.codec.profile.MeterProfile.Positional;
import io.hanport.codec.profile.MeterProfile.PushObjectList;
import io.hanport.codec.profile.MeterProfile.Tagged;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The meter families hanport knows, as data (PROTOCOLS.md §6.5). Order matters only among profiles
 * of one layout: the first whose identity and shape fit a list is used.
 */
public final class MeterProfiles {

  /** Kaifa KFM_001 ([KAIFA-NO]): W, var, mA, 0.1 V, Wh, varh, with no scaler on the wire. */
  static final ScaleTable KAIFA =
      ScaleTable.builder()
          .scale(0, "W", "1.7.0", "2.7.0")
          .scale(0, "var", "3.7.0", "4.7.0")
          .scale(-3, "A", "31.7.0", "51.7.0", "71.7.0")
          .scale(-1, "V", "32.7.0", "52.7.0", "72.7.0")
          .scale(0, "Wh", "1.8.0", "2.8.0")
          .scale(0, "varh", "3.8.0", "4.8.0")
          .build();

  /**
   * Kamstrup_V0001 ([KAM-NO], [KAM-DK]): W, var, 0.01 A, V, power factor in 0.01. Energies are Wh
   * here; {@link Quirk#ENERGY_RESOLUTION_BY_TYPE_NUMBER} makes them 10 Wh in Norway.
   */
  static final ScaleTable KAMSTRUP =
      ScaleTable.builder()
          .scale(0, "W", "1.7.0", "2.7.0", "21.7.0", "22.7.0", "41.7.0", "42.7.0", "61.7.0")
          .scale(0, "W", "62.7.0")
          .scale(0, "var", "3.7.0", "4.7.0", "23.7.0", "24.7.0", "43.7.0", "44.7.0", "63.7.0")
          .scale(0, "var", "64.7.0")
          .scale(-2, "A", "31.7.0", "51.7.0", "71.7.0")
          .scale(0, "V", "32.7.0", "52.7.0", "72.7.0")
          .scale(-2, "", "13.7.0", "33.7.0", "53.7.0", "73.7.0")
          .scale(0, "Wh", "1.8.*", "2.8.*", "21.8.0", "22.8.0", "41.8.0", "42.8.0", "61.8.0")
          .scale(0, "Wh", "62.8.0")
          .scale(0, "varh", "3.8.*", "4.8.*")
          .build();

  /**
   * IDIS push lists as Swiss (VSE) L+G E450/E570 and Iskra AM550 send them: W, var, Wh, varh, 0.01
   * A, whole volts (capture hdlc_ch_lg_e570_vse2026_scs: 232 V), power factor in 0.001.
   */
  static final ScaleTable IDIS =
      ScaleTable.builder()
          .scale(0, "W", "1.7.0", "2.7.0", "21.7.0", "22.7.0", "41.7.0", "42.7.0", "61.7.0")
          .scale(0, "W", "62.7.0")
          .scale(0, "var", "3.7.0", "4.7.0")
          .scale(0, "Wh", "1.8.*", "2.8.*")
          .scale(0, "varh", "3.8.*", "4.8.*", "5.8.*", "6.8.*", "7.8.*", "8.8.*")
          .scale(-2, "A", "31.7.0", "51.7.0", "71.7.0")
          .scale(0, "V", "32.7.0", "52.7.0", "72.7.0")
          .scale(-3, "", "13.7.0")
          .build();

  private static final List<Position> KAIFA_LIST_2 =
      List.of(
          text("1-1:0.2.129.255"),
          text("0-0:96.1.0"),
          text("0-0:96.1.7"),
          number("1-0:1.7.0", 0, "W"),
          number("1-0:2.7.0", 0, "W"),
          number("1-0:3.7.0", 0, "var"),
          number("1-0:4.7.0", 0, "var"),
          number("1-0:31.7.0", -3, "A"),
          number("1-0:51.7.0", -3, "A"),
          number("1-0:71.7.0", -3, "A"),
          number("1-0:32.7.0", -1, "V"),
          number("1-0:52.7.0", -1, "V"),
          number("1-0:72.7.0", -1, "V"));

  private static final List<Position> KAIFA_LIST_3 =
      concat(
          KAIFA_LIST_2,
          Position.dateTime("0-0:1.0.0"),
          number("1-0:1.8.0", 0, "Wh"),
          number("1-0:2.8.0", 0, "Wh"),
          number("1-0:3.8.0", 0, "varh"),
          number("1-0:4.8.0", 0, "varh"));

  /**
   * Iskra AM550, Elektro Ljubljana 1-second list (capture hdlc_si_iskra_am550_1s_gh956). The second
   * string differs between this meter's lists (16820005 here, 16820006 in its 15-minute list), so
   * it is no meter id and stays unnamed. The per-phase powers sum to the total (216 + 19 + 10 ≈ 246
   * W).
   */
  private static final List<Position> ISKRA_SI_INSTANT =
      List.of(
          text("0-0:42.0.0"),
          Position.unknown(Position.Kind.TEXT),
          number("1-0:1.7.0", 0, "W"),
          number("1-0:2.7.0", 0, "W"),
          number("1-0:3.7.0", 0, "var"),
          number("1-0:4.7.0", 0, "var"),
          number("1-0:32.7.0", -1, "V"),
          number("1-0:52.7.0", -1, "V"),
          number("1-0:72.7.0", -1, "V"),
          number("1-0:31.7.0", -2, "A"),
          number("1-0:51.7.0", -2, "A"),
          number("1-0:71.7.0", -2, "A"),
          number("1-0:21.7.0", 0, "W"),
          number("1-0:41.7.0", 0, "W"),
          number("1-0:61.7.0", 0, "W"),
          number("1-0:22.7.0", 0, "W"),
          number("1-0:42.7.0", 0, "W"),
          number("1-0:62.7.0", 0, "W"));

  /**
   * Landis+Gyr E450, Netz Burgenland: 14 bare values, laid out in amsreader issue 501 (U1-3, I1-3,
   * P+, P−, A+, A−, three unexplained numbers, meter id). Capture
   * hdlc_at_lg_e450_encrypted_gh501_1.
   */
  private static final List<Position> LANDIS_GYR_BURGENLAND =
      List.of(
          number("1-0:32.7.0", 0, "V"),
          number("1-0:52.7.0", 0, "V"),
          number("1-0:72.7.0", 0, "V"),
          number("1-0:31.7.0", -2, "A"),
          number("1-0:51.7.0", -2, "A"),
          number("1-0:71.7.0", -2, "A"),
          number("1-0:1.7.0", 0, "W"),
          number("1-0:2.7.0", 0, "W"),
          number("1-0:1.8.0", 0, "Wh"),
          number("1-0:2.8.0", 0, "Wh"),
          Position.unknown(Position.Kind.NUMBER),
          Position.unknown(Position.Kind.NUMBER),
          Position.unknown(Position.Kind.NUMBER),
          text("0-0:96.1.0"));

  /** Every profile, tried in this order. */
  public static final List<MeterProfile> ALL =
      List.of(
          new MeterProfile(
              "aidon", Identity.listId("AIDON_V"), new Tagged(ScaleTable.EMPTY), Set.of()),
          new MeterProfile("kaifa", Identity.listId("KFM_"), new Tagged(KAIFA), Set.of()),
          new MeterProfile(
              "kamstrup",
              Identity.listId("Kamstrup_V"),
              new Tagged(KAMSTRUP),
              Set.of(
                  Quirk.LIST_ID_WITHOUT_OBIS,
                  Quirk.NULL_PLACEHOLDERS,
                  Quirk.ENERGY_RESOLUTION_BY_TYPE_NUMBER,
                  Quirk.CURRENT_RESOLUTION_BY_TYPE_NUMBER)),
          new MeterProfile("landis-gyr", Identity.manufacturer("LGZ"), new Tagged(IDIS), Set.of()),
          new MeterProfile("idis-push", Identity.any(), new PushObjectList(IDIS), Set.of()),
          new MeterProfile(
              "kaifa-list-1",
              Identity.any(),
              new Positional(List.of(number("1-0:1.7.0", 0, "W"))),
              Set.of()),
          new MeterProfile(
              "kaifa-list-2", Identity.listId("KFM_"), new Positional(KAIFA_LIST_2), Set.of()),
          new MeterProfile(
              "kaifa-list-3", Identity.listId("KFM_"), new Positional(KAIFA_LIST_3), Set.of()),
          new MeterProfile(
              "iskra-elektro-ljubljana",
              Identity.manufacturer("ISK"),
              new Positional(ISKRA_SI_INSTANT),
              Set.of()),
          new MeterProfile(
              "landis-gyr-burgenland",
              Identity.manufacturer("LGZ"),
              new Positional(LANDIS_GYR_BURGENLAND),
              Set.of()));

  /** Lists with OBIS codes and a scaler-unit on the wire for every number, by any vendor. */
  static final MeterProfile SELF_DESCRIBING =
      new MeterProfile("obis-scaler-unit", Identity.any(), new Tagged(ScaleTable.EMPTY), Set.of());

  private MeterProfiles() {}

  private static List<Position> concat(List<Position> head, Position... tail) {
    List<Position> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return List.copyOf(all);
  }
}
