package io.hanport.codec.dlms;

import static io.hanport.codec.dlms.testing.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Reason;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The data-notification APDU and the COSEM date-time (PROTOCOLS.md §6.3, §6.4). */
class DataNotificationTest {

  private static final String BODY = "0201 06 00000118"; // structure{280}

  @Test
  void dateTimeAbsentAsAidonSendsIt() throws DecodeException {
    DataNotification notification =
        parse("0F" + "40000000" + "00" + BODY); // tag, invoke id + priority, no date-time, body

    assertThat(notification.invokeIdAndPriority()).isEqualTo(0x40000000L);
    assertThat(notification.dateTime()).isEmpty();
  }

  @Test
  void dateTimeAsBareTwelveBytesAsKamstrupSendsIt() throws DecodeException {
    DataNotification notification = parse("0F" + "00000000" + "0C 07E50B1904170037FF800000" + BODY);

    assertThat(iso(notification)).contains("2021-11-25T23:00:55");
  }

  @Test
  void dateTimeAsOctetStringAsKaifaSendsIt() throws DecodeException {
    DataNotification notification =
        parse("0F" + "40000000" + "09 0C 07E40119060D091EFF800000" + BODY);

    assertThat(iso(notification)).contains("2020-01-25T13:09:30");
  }

  @Test
  void anyOtherDateTimeLengthIsMalformed() {
    assertThatThrownBy(() -> parse("0F 40000000 05 0102030405" + BODY))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
  }

  @Test
  void bytesAfterTheBodyAreMalformed() {
    assertThatThrownBy(() -> parse("0F 40000000 00" + BODY + "00"))
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.detail()).startsWith("1 bytes after"));
  }

  /** Local time = UTC − deviation: FF C4 (−60) is +01:00 (capture apdu_se_kaifa_se_list_amshan). */
  @Test
  void deviationIsTheNegatedUtcOffset() {
    assertThat(dateTime("07E50916 03 11231E00 FFC4 00")).contains("2021-09-22T17:35:30+01:00");
    assertThat(dateTime("07E80507 02 150B1100 FF88 80")).contains("2024-05-07T21:11:17+02:00");
    assertThat(dateTime("07E50C0E 02 10000000 0000 00")).contains("2021-12-14T16:00:00+00:00");
    assertThat(dateTime("07E50C0E 02 10000000 0078 00")).contains("2021-12-14T16:00:00-02:00");
  }

  /** 0x8000 means the meter does not say: Nordic local time, written without an offset. */
  @Test
  void unspecifiedDeviationGivesNoOffset() {
    assertThat(dateTime("07E50C0A 05 10390000 8000 FF")).contains("2021-12-10T16:57:00");
  }

  @Test
  void hundredthsAreWrittenOnlyWhenSpecifiedAndNonZero() {
    assertThat(dateTime("07E50C0A 05 103900FF 8000 FF")).contains("2021-12-10T16:57:00");
    assertThat(dateTime("07E50C0A 05 10390019 8000 FF")).contains("2021-12-10T16:57:00.25");
  }

  @Test
  void unspecifiedOrImpossibleFieldsGiveNoIsoTime() {
    assertThat(dateTime("FFFF0C0A 05 10390000 8000 FF")).isEmpty();
    assertThat(dateTime("07E5FF0A 05 10390000 8000 FF")).isEmpty();
    assertThat(dateTime("07E50C0A 05 FF390000 8000 FF")).isEmpty();
  }

  private static DataNotification parse(String hex) throws DecodeException {
    byte[] apdu = bytes(hex);
    return DataNotification.parse(apdu, 0, apdu.length);
  }

  private static Optional<String> iso(DataNotification notification) {
    return notification.dateTime().flatMap(CosemDateTime::toIso);
  }

  private static Optional<String> dateTime(String hex) {
    return CosemDateTime.read(bytes(hex), 0).toIso();
  }
}
