package io.hanport.codec.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.DecoderOptions;
import io.hanport.codec.dlms.DataNotification;
import io.hanport.codec.dlms.testing.Captures;
import io.hanport.codec.dlms.testing.FrameRecorder;
import io.hanport.codec.dlms.testing.Outcomes;
import io.hanport.codec.dlms.testing.PartialInput;
import io.hanport.codec.dlms.testing.PublishedKeys;
import io.hanport.codec.hdlc.HdlcFramer;
import io.hanport.codec.obis.CosemValue;
import io.hanport.codec.obis.ObisCode;
import io.hanport.codec.obis.Telegram;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.HdlcFrame;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A push that repeats a known layout is mapped from its bytes: it must read exactly the same. */
class ListTemplateTest {

  static List<String> captures() {
    List<String> all = new ArrayList<>();
    for (String folder : List.of("hdlc", "apdu", "mbus", "encrypted")) {
      all.addAll(Captures.folder(folder));
    }
    return all;
  }

  /** The second copy of each capture goes the short way where its layout allows. */
  @ParameterizedTest
  @MethodSource("captures")
  void repeatedPushReadsTheSameAsTheFirst(String capture) {
    byte[] once = Captures.bytes(capture);
    DecoderOptions options = PublishedKeys.optionsFor(capture);
    List<String> first = readings(Outcomes.decode(options, once, once.length));

    List<String> twice = readings(Outcomes.decode(options, PartialInput.concat(once, once), 97));

    assertThat(twice).hasSize(2 * first.size());
    assertThat(twice.subList(first.size(), twice.size())).isEqualTo(first);
  }

  @Test
  void repeatedLayoutIsMappedFromItsBytesWithNewValues() throws DecodeException {
    ProfileMapper mapper = new ProfileMapper();
    byte[] first = apdu("hdlc/hdlc_no_kamstrup_list2_hourly_em001.hex");
    byte[] second = apdu("hdlc/hdlc_no_kamstrup_list1_em001.hex");
    mapper.map(DataNotification.parse(first, 0, first.length), Optional.empty(), message -> {});

    Optional<Telegram> repeated =
        mapper.mapRepeated(second, 0, second.length, Optional.empty(), message -> {});

    Telegram expected =
        new ProfileMapper()
            .map(DataNotification.parse(second, 0, second.length), Optional.empty(), m -> {});
    assertThat(repeated).contains(expected);
    assertThat(value(repeated.get(), "1-1:1.7.0")).isEqualTo(CosemValue.Quantity.of("1247", "W"));
  }

  /**
   * The same list from a Swedish meter: only the type number differs in the compared bytes, and it
   * decides the energy scale, so the template must not apply.
   */
  @Test
  void changedTypeNumberDefeatsTheTemplate() throws DecodeException {
    ProfileMapper mapper = new ProfileMapper();
    byte[] norwegian = apdu("hdlc/hdlc_no_kamstrup_list2_hourly_em001.hex");
    byte[] swedish = norwegian.clone();
    int at = new String(swedish, StandardCharsets.ISO_8859_1).indexOf("101040");
    swedish[at + 4] = '9';
    mapper.map(DataNotification.parse(norwegian, 0, norwegian.length), Optional.empty(), m -> {});

    assertThat(mapper.mapRepeated(swedish, 0, swedish.length, Optional.empty(), m -> {})).isEmpty();
    Telegram telegram =
        mapper.map(DataNotification.parse(swedish, 0, swedish.length), Optional.empty(), m -> {});
    assertThat(value(telegram, "1-1:1.8.0")).isEqualTo(CosemValue.Quantity.of("8582092", "Wh"));
  }

  private static List<String> readings(List<String> outcomes) {
    List<String> readings = new ArrayList<>();
    for (String outcome : outcomes) {
      if (outcome.startsWith("reading ")) {
        readings.add(outcome);
      }
    }
    return readings;
  }

  /** The APDU after the LLC header in the capture's HDLC frame. */
  private static byte[] apdu(String capture) {
    HdlcFrame frame =
        (HdlcFrame) FrameRecorder.frame(new HdlcFramer(), Captures.bytes(capture)).frames.get(0);
    int start = frame.informationOffset() + 3;
    return Arrays.copyOfRange(
        frame.raw(), start, frame.informationOffset() + frame.informationLength());
  }

  private static CosemValue value(Telegram telegram, String code) {
    ObisCode wanted = ObisCode.parse(code);
    return telegram.objects().stream()
        .filter(object -> object.code().equals(wanted))
        .findFirst()
        .orElseThrow()
        .value();
  }
}
