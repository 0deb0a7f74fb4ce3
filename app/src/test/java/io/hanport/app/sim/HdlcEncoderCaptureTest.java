package io.hanport.app.sim;

import static io.hanport.app.sim.ReadoutBuilder.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Norwegian list encoders, fed the values a real frame shows, must write that frame byte for
 * byte: HDLC header, addresses, control, HCS, LLC, data-notification, A-XDR body and FCS.
 */
class HdlcEncoderCaptureTest {

  private static final String OSLO = "Europe/Oslo";
  private static final CosemClock AIDON_CLOCK = new CosemClock(ZoneId.of(OSLO), true, 0);
  private static final CosemClock KAIFA_CLOCK =
      new CosemClock(ZoneId.of(OSLO), false, CosemClock.DEVIATION_UNSPECIFIED);

  @Test
  void aidonList3ReproducesTheAidon6534HourlyFrame() {
    Instant hourStart = local("2025-12-14T16:00:00", OSLO);
    MeterReadout readout =
        ReadoutBuilder.at(hourStart.plusSeconds(10))
            .phase(0, 0, 0, 0, 2330, 500)
            .phase(0, 0, 0, 0, 2334, 300)
            .phase(0, 0, 0, 0, 2311, 16_800)
            .totals(4027, 0, 0, 472)
            .hour(hourStart, Registers.ofWh(109_552_250, 0, 130_480, 15_319_720))
            .build();

    byte[] frame = new AidonEncoder(identity("7359992890497997", "6534"), AIDON_CLOCK)
        .encode(Push.HOURLY, readout);

    assertHex(frame, Captures.hex("hdlc_no_aidon6534_list3_gh1119_1.hex"));
  }

  @Test
  void aidonList1CarriesTheSameApduAsAmshansAidonList1() {
    MeterReadout readout =
        ReadoutBuilder.at(local("2020-01-21T16:00:02.500", OSLO)).totals(280, 0, 0, 0).build();

    byte[] frame = new AidonEncoder(identity("", ""), AIDON_CLOCK).encode(Push.POWER, readout);

    assertHex(information(frame, 3), Captures.hex("apdu_no_aidon_list1_amshan.hex"));
  }

  @Test
  void kaifaList1ReproducesTheMa304h3eFrame() {
    MeterReadout readout =
        ReadoutBuilder.at(local("2022-01-02T14:37:18", OSLO)).totals(4117, 0, 0, 0).build();

    byte[] frame = new KaifaEncoder(identity("", ""), KAIFA_CLOCK).encode(Push.POWER, readout);

    assertHex(frame, Captures.hex("hdlc_no_kaifa_ma304h3e_list1_gh180.hex"));
  }

  @Test
  void kaifaList2ReproducesRoarfredsFrameOnASummerEvening() {
    MeterReadout readout =
        ReadoutBuilder.at(local("2017-09-14T21:17:00", OSLO))
            .phase(0, 0, 0, 0, 2398, 2076)
            .phase(0, 0, 0, 0, 0, 1943)
            .phase(0, 0, 0, 0, 2406, 2762)
            .totals(764, 0, 0, 140)
            .build();

    byte[] frame = new KaifaEncoder(identity("6970631401753985", "MA304H3E"), KAIFA_CLOCK)
        .encode(Push.INSTANTANEOUS, readout);

    assertHex(frame, Captures.hex("hdlc_no_kaifa_list2_roarfred.hex"));
  }

  @Test
  void kaifaList3CarriesTheSameApduAsAmshansKaifaList3() {
    MeterReadout readout =
        ReadoutBuilder.at(local("2020-01-25T14:00:10", OSLO))
            .phase(0, 0, 0, 0, 2193, 14_571)
            .phase(0, 0, 0, 0, 0, 15_643)
            .phase(0, 0, 0, 0, 2205, 9_525)
            .totals(4904, 0, 0, 377)
            .hour(local("2020-01-25T14:00:00", OSLO),
                Registers.ofWh(79_591_144, 0, 889_389, 3_210_932))
            .build();

    byte[] frame = new KaifaEncoder(identity("6970631402614476", "MA304H3E"), KAIFA_CLOCK)
        .encode(Push.HOURLY, readout);

    assertHex(information(frame, 3), Captures.hex("apdu_no_kaifa_list3_amshan.hex"));
  }

  @Test
  void kamstrupListReproducesTheNewFirmwareTenSecondFrame() {
    MeterReadout readout =
        ReadoutBuilder.at(local("2018-03-04T20:52:00", OSLO))
            .phase(0, 0, 0, 0, 2250, 13_690)
            .phase(0, 0, 0, 0, 2210, 4_920)
            .phase(0, 0, 0, 0, 2220, 13_000)
            .totals(3815, 0, 0, 191)
            .build();

    byte[] frame = new KamstrupEncoder(identity("5706567274389702", "6841121BN243101040"),
        KAIFA_CLOCK).encode(Push.INSTANTANEOUS, readout);

    assertHex(frame, Captures.hex("hdlc_no_kamstrup_list1_new_fw_roarfred.hex"));
  }

  @Test
  void kamstrupHourlyListReproducesTheOmnipowerHourlyFrame() {
    MeterReadout readout =
        ReadoutBuilder.at(local("2021-11-25T22:00:55", OSLO))
            .phase(0, 0, 0, 0, 2350, 1_770)
            .phase(0, 0, 0, 0, 2350, 3_280)
            .phase(0, 0, 0, 0, 2350, 4_130)
            .totals(1964, 0, 0, 205)
            .hour(local("2021-11-25T22:00:00", OSLO),
                Registers.ofWh(85_820_920, 4_540_830, 153_270, 14_774_120))
            .build();

    byte[] frame = new KamstrupEncoder(identity("5706567202753025", "6841131BN243101040"),
        KAIFA_CLOCK).encode(Push.HOURLY, readout);

    assertHex(frame, Captures.hex("hdlc_no_kamstrup_list2_hourly_em001.hex"));
  }

  private static MeterIdentity identity(String meterId, String meterType) {
    return new MeterIdentity(meterId, meterType, "", 0, 0, List.of(), List.of(0, 0, 0),
        List.of(0, 0, 0), Registers.ofWh(0, 0, 0, 0), 0);
  }

  /** The information field (LLC + APDU): after flag, format, addresses, control and HCS. */
  private static byte[] information(byte[] frame, int addressBytes) {
    int start = 1 + 2 + addressBytes + 1 + 2;
    return Arrays.copyOfRange(frame, start, frame.length - 3);
  }

  private static void assertHex(byte[] actual, byte[] expected) {
    HexFormat hex = HexFormat.of().withUpperCase();
    assertThat(hex.formatHex(actual)).isEqualTo(hex.formatHex(expected));
  }
}
