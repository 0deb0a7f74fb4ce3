package io.hanport.codec.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.dlms.DataNotification;
import io.hanport.codec.dlms.testing.Captures;
import io.hanport.codec.dlms.testing.FrameRecorder;
import io.hanport.codec.hdlc.HdlcFramer;
import io.hanport.codec.obis.CosemObject;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.HdlcFrame;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Meter profiles: one test per named quirk, on the capture that shows it, and the fallbacks. */
class ProfileMapperTest {

  private final List<String> warnings = new ArrayList<>();

  @Test
  void listIdWithoutObis_kamstrupListIdTakesTheStandardListIdCode() throws DecodeException {
    Telegram telegram = map(hdlcNotification("hdlc/hdlc_no_kamstrup_list1_em001.hex"));

    assertThat(telegram.objects().get(0))
        .isEqualTo(CosemObject.of(ObisCode.parse("1-1:0.2.129.255"), text("Kamstrup_V0001")));
  }

  /** L2/L3 pairs arrive as {@code 00 00}: no object for them, and no warning either. */
  @Test
  void nullPlaceholders_kamstrupOnePhaseListHasNoL2OrL3Objects() throws DecodeException {
    Telegram telegram = map(apduNotification("apdu/apdu_no_kamstrup_1ph_real_amshan.hex"));

    assertThat(codes(telegram))
        .containsExactly(
            "1-1:0.2.129",
            "1-1:0.0.5",
            "1-1:96.1.1",
            "1-1:1.7.0",
            "1-1:2.7.0",
            "1-1:3.7.0",
            "1-1:4.7.0",
            "1-1:31.7.0",
            "1-1:32.7.0");
    assertThat(warnings).isEmpty();
  }

  /**
   * Swedish type 6841131BN245101092: 32014158 is Wh, 32014.158 kWh (amsreader shows 320141.580).
   */
  @Test
  void energyResolutionByTypeNumber_swedishGh239CountsWh() throws DecodeException {
    Telegram telegram = map(hdlcNotification("hdlc/hdlc_se_kamstrup_hourly_gh239_2.hex"));

    assertThat(value(telegram, "1-1:1.8.0")).isEqualTo(CosemValue.Quantity.of("32014158", "Wh"));
  }

  /** Norwegian type 6841131BN243101040: 8582328 counts 10 Wh, 85823.280 kWh ([KAM-NO]). */
  @Test
  void energyResolutionByTypeNumber_norwegianEm001Counts10Wh() throws DecodeException {
    Telegram telegram = map(hdlcNotification("hdlc/hdlc_no_kamstrup_list1_em001.hex"));

    assertThat(value(telegram, "1-1:1.8.0")).isEqualTo(CosemValue.Quantity.of("85823280", "Wh"));
    assertThat(value(telegram, "1-1:4.8.0")).isEqualTo(CosemValue.Quantity.of("14774380", "varh"));
  }

  /** The Danish CT list carries no type number: its energies stay raw text, with a warning. */
  @Test
  void energyResolutionByTypeNumber_listWithoutTypeLeavesEnergiesUnscaled() throws DecodeException {
    Telegram telegram = map(hdlcNotification("hdlc/hdlc_dk_kamstrup_ct_gh216.hex"));

    assertThat(value(telegram, "1-1:1.8.0")).isEqualTo(text("12767600"));
    assertThat(warnings).contains(KamstrupVariant.UNKNOWN_ENERGY_WARNING);
  }

  /** The same em001 list from a CT meter (type 685…) reads 189 as 0.189 A, not 1.89 A. */
  @Test
  void currentResolutionByTypeNumber_ctMeterCountsMilliamperes() throws DecodeException {
    byte[] apdu = hdlcApdu("hdlc/hdlc_no_kamstrup_list1_em001.hex");
    String type = "6841131BN243101040";
    int at = new String(apdu, StandardCharsets.ISO_8859_1).indexOf(type);
    apdu[at + 2] = '5'; // 685…: a CT meter

    Telegram telegram = map(DataNotification.parse(apdu, 0, apdu.length));

    assertThat(value(telegram, "1-1:31.7.0")).isEqualTo(CosemValue.Quantity.of("0.189", "A"));
  }

  /**
   * gh216's currents read as 0.01 A would be 910 A per phase: 640 kVA beside P 2585 W and Q 63364
   * var (about 63 kVA, power factor 0.04 in the same list). Without the type they stay raw.
   */
  @Test
  void currentResolutionByTypeNumber_listWithoutTypeLeavesCurrentsUnscaled()
      throws DecodeException {
    Telegram telegram = map(hdlcNotification("hdlc/hdlc_dk_kamstrup_ct_gh216.hex"));

    assertThat(value(telegram, "1-1:31.7.0")).isEqualTo(text("90999"));
    assertThat(value(telegram, "1-1:13.7.0")).isEqualTo(CosemValue.Quantity.of("0.04", ""));
    assertThat(warnings).contains(KamstrupVariant.UNKNOWN_CURRENT_WARNING);
  }

  /** Aidon sends the scaler: +1 (10 Wh) in Norway, 0 (Wh) in Sweden; no table decides. */
  @Test
  void aidonEnergyScaleComesFromTheWire() throws DecodeException {
    Telegram norway = map(hdlcNotification("hdlc/hdlc_no_aidon6534_list3_gh1119_1.hex"));
    Telegram sweden = map(hdlcNotification("hdlc/hdlc_se_aidon_scaler_gh156.hex"));

    assertThat(value(norway, "1-0:1.8.0")).isEqualTo(CosemValue.Quantity.of("109552250", "Wh"));
    assertThat(value(sweden, "1-0:1.8.0")).isEqualTo(CosemValue.Quantity.of("63068772", "Wh"));
  }

  /** Kaifa KFM_001 list 2 names nothing: positions give the standard codes, mA and 0.1 V. */
  @Test
  void kaifaPositionalListGetsStandardCodesAndScales() throws DecodeException {
    Telegram telegram = map(apduNotification("apdu/apdu_no_kaifa_list2_amshan.hex"));

    assertThat(value(telegram, "1-1:0.2.129.255")).isEqualTo(text("KFM_001"));
    assertThat(value(telegram, "0-0:96.1.0")).isEqualTo(text("6970631402614476"));
    assertThat(value(telegram, "1-0:31.7.0")).isEqualTo(CosemValue.Quantity.of("33.813", "A"));
    assertThat(value(telegram, "1-0:32.7.0")).isEqualTo(CosemValue.Quantity.of("216.8", "V"));
    assertThat(telegram.notificationTime()).contains("2020-01-25T13:09:30");
  }

  /**
   * The Swedish Kaifa list pairs codes with values: 2322 means 232.2 V, as in the KFM_001 lists.
   */
  @Test
  void kaifaSwedishPairListUsesTheKaifaScales() throws DecodeException {
    Telegram telegram = map(apduNotification("apdu/apdu_se_kaifa_se_list_amshan.hex"));

    assertThat(value(telegram, "1-0:32.7.0")).isEqualTo(CosemValue.Quantity.of("232.2", "V"));
    assertThat(value(telegram, "0-0:1.0.0")).isEqualTo(text("2021-09-22T17:35:30+01:00"));
  }

  /** Iskra's 15-minute list names none of its values: they are kept by position, with a warning. */
  @Test
  void unknownListKeepsItsValuesUnderPositionCodesAndSaysSo() throws DecodeException {
    Telegram telegram = map(hdlcNotification("hdlc/hdlc_si_iskra_am550_15min_gh956.hex"));

    assertThat(codes(telegram)).allMatch(code -> code.startsWith("0-0:128.0."));
    assertThat(value(telegram, "0-0:128.0.5")).isEqualTo(CosemValue.Quantity.of("471547", ""));
    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("list ISK1030792283067: layout unknown");
  }

  /** A push setup's name heads the Austrian Iskra list: it names the list, it keys no value. */
  @Test
  void pushSetupNameIsNeverTakenForAValuesCode() throws DecodeException {
    byte[] body =
        io.hanport.codec.dlms.testing.Hex.bytes(
            "0F 00000001 00 0203 0906 0006190900FF 09 02 3131 06 00000009");

    Telegram telegram = map(DataNotification.parse(body, 0, body.length));

    assertThat(codes(telegram)).doesNotContain("0-6:25.9.0");
    assertThat(warnings).singleElement().asString().startsWith("list push 0-6:25.9.0:");
  }

  private Telegram map(DataNotification notification) {
    return new ProfileMapper().map(notification, Optional.empty(), warnings::add);
  }

  private static DataNotification hdlcNotification(String capture) throws DecodeException {
    byte[] apdu = hdlcApdu(capture);
    return DataNotification.parse(apdu, 0, apdu.length);
  }

  /** The APDU after the LLC header in the capture's one HDLC frame. */
  private static byte[] hdlcApdu(String capture) {
    HdlcFrame frame =
        (HdlcFrame) FrameRecorder.frame(new HdlcFramer(), Captures.bytes(capture)).frames.get(0);
    int start = frame.informationOffset() + 3;
    return java.util.Arrays.copyOfRange(
        frame.raw(), start, frame.informationOffset() + frame.informationLength());
  }

  private static DataNotification apduNotification(String capture) throws DecodeException {
    byte[] apdu = Captures.bytes(capture);
    return DataNotification.parse(apdu, 3, apdu.length);
  }

  private static List<String> codes(Telegram telegram) {
    List<String> codes = new ArrayList<>();
    telegram.objects().forEach(object -> codes.add(object.code().toString()));
    return codes;
  }

  private static CosemValue value(Telegram telegram, String code) {
    ObisCode wanted = ObisCode.parse(code);
    return telegram.objects().stream()
        .filter(object -> object.code().equals(wanted))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + telegram))
        .value();
  }

  private static CosemValue text(String text) {
    return new CosemValue.Text(text);
  }
}
