package io.hanport.codec.dlms;

import static io.hanport.codec.dlms.testing.Hex.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.Reason;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Every A-XDR type of PROTOCOLS.md §6.4, and the reader's bounds. */
class AxdrReaderTest {

  @Test
  void integerTypesAreReadBigEndianWithTheirSign() throws DecodeException {
    assertThat(intOf("05 FFFFFFFE")).isEqualTo(-2); //        double-long
    assertThat(intOf("06 FFFFFFFE")).isEqualTo(0xFFFFFFFEL); // double-long-unsigned
    assertThat(intOf("0F FF")).isEqualTo(-1); //              integer (scaler)
    assertThat(intOf("10 FFF6")).isEqualTo(-10); //           long (Aidon currents)
    assertThat(intOf("11 FF")).isEqualTo(255); //             unsigned
    assertThat(intOf("12 091A")).isEqualTo(2330); //          long-unsigned (voltages)
    assertThat(intOf("14 FFFFFFFFFFFFFFFF")).isEqualTo(-1); // long64
    assertThat(intOf("16 1E")).isEqualTo(30); //              enum (unit Wh)
  }

  @Test
  void long64UnsignedBeyondTheSignedRangeReadsRight() throws DecodeException {
    DlmsData.Int value = (DlmsData.Int) read("15 FFFFFFFFFFFFFFFF");

    assertThat(value.decimal()).isEqualTo(new BigDecimal("18446744073709551615"));
  }

  @Test
  void stringsBooleansAndFloats() throws DecodeException {
    assertThat(((DlmsData.Octets) read("09 06 0100010800FF")).bytes())
        .isEqualTo(bytes("0100010800FF"));
    assertThat(((DlmsData.Text) read("0A 07 4B464D5F303031")).text()).isEqualTo("KFM_001");
    assertThat(((DlmsData.Bool) read("03 01")).value()).isTrue();
    assertThat(((DlmsData.Real) read("17 40490FDB")).value()).isEqualTo(3.1415927410125732);
    assertThat(((DlmsData.Real) read("18 400921FB54442D18")).value()).isEqualTo(Math.PI);
    assertThat(((DlmsData.Octets) read("19 07E50C0A05103900FF800000")).bytes()).hasSize(12);
    assertThat(read("00")).isEqualTo(DlmsData.Null.INSTANCE);
  }

  @Test
  void arraysAndStructuresNest() throws DecodeException {
    DlmsData.Sequence list = (DlmsData.Sequence) read("01 02 0202 0F00 161B 0202 0FFF 1621");

    assertThat(list.isStructure()).isFalse();
    assertThat(list.size()).isEqualTo(2);
    DlmsData.Sequence second = (DlmsData.Sequence) list.get(1);
    assertThat(second.isStructure()).isTrue();
    assertThat(((DlmsData.Int) second.get(0)).value()).isEqualTo(-1);
  }

  /** A bit-string's length counts bits: 0x81 FF is 255 bits in 32 bytes (a fuzzing find). */
  @Test
  void bitStringLengthCountsBits() throws DecodeException {
    assertThat(((DlmsData.Raw) read("04 81 FF" + "00".repeat(32))).bytes()).hasSize(32);
  }

  /** Lengths of 128 and more take 0x81 nn or 0x82 nn nn. */
  @Test
  void longFormLengthsOf81And82() throws DecodeException {
    assertThat(((DlmsData.Octets) read("09 81 80" + "00".repeat(128))).bytes()).hasSize(128);
    assertThat(((DlmsData.Octets) read("09 82 0100" + "00".repeat(256))).bytes()).hasSize(256);
  }

  @Test
  void valueRunningPastTheEndIsTruncated() {
    assertRejected("06 0000", Reason.TRUNCATED);
    assertRejected("09 10 0102", Reason.TRUNCATED);
    assertRejected("02 03 11 01", Reason.TRUNCATED);
  }

  /** Capture hdlc_ch_kamstrup_gh196_checksum_err would put tag 07 here, had its FCS passed. */
  @Test
  void unknownTagIsMalformedAndNamed() {
    assertThatThrownBy(() -> read("07 01"))
        .isInstanceOf(DecodeException.class)
        .hasMessage("unknown A-XDR tag 0x07 at byte 0");
  }

  @Test
  void nestingDeeperThanTheBoundIsMalformed() {
    String deep = "0201".repeat(AxdrReader.MAX_DEPTH + 1) + "00";

    assertRejected(deep, Reason.MALFORMED);
  }

  /** A count of 65535 with three bytes left fails before any list is allocated. */
  @Test
  void hostileCountIsRefusedBeforeAllocating() {
    assertRejected("01 82 FFFF 000000", Reason.TRUNCATED);
  }

  @Test
  void skipFindsTheEndOrSaysWhatIsMissing() {
    byte[] pair = bytes("0202 0906 0100010700FF 06 00000118 FF");

    assertThat(AxdrReader.skip(pair, 0, pair.length)).isEqualTo(pair.length - 1);
    assertThat(AxdrReader.skip(pair, 0, 9)).isEqualTo(AxdrReader.NEED_MORE);
    assertThat(AxdrReader.skip(bytes("07 01"), 0, 2)).isEqualTo(AxdrReader.INVALID);
  }

  private static long intOf(String hex) throws DecodeException {
    return ((DlmsData.Int) read(hex)).value();
  }

  private static DlmsData read(String hex) throws DecodeException {
    byte[] data = bytes(hex);
    AxdrReader reader = new AxdrReader(data, 0, data.length);
    DlmsData value = reader.readData();
    assertThat(reader.remaining()).isZero();
    return value;
  }

  private static void assertRejected(String hex, Reason reason) {
    byte[] data = bytes(hex);
    assertThatThrownBy(() -> new AxdrReader(data, 0, data.length).readData())
        .isInstanceOfSatisfying(
            DecodeException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
