package io.hanport.app.sim;

import static io.hanport.app.sim.ReadoutBuilder.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The P1 encoders, fed the values a real telegram shows, must write that telegram byte for byte:
 * line order, zero padding, unit spelling, CR LF and the CRC-16/ARC.
 */
class P1EncoderCaptureTest {

  private static final String AMSTERDAM = "Europe/Amsterdam";
  private static final String LUXEMBOURG = "Europe/Luxembourg";

  @Test
  void swedishEncoderReproducesTheEll5ReferenceTelegram() {
    MeterReadout readout =
        ReadoutBuilder.at(local("2021-02-17T18:40:19", "+01:00"))
            .phase(1023, 0, 0, 9, 2403, 4200)
            .phase(350, 0, 0, 161, 2401, 1600)
            .phase(353, 0, 0, 138, 2413, 1700)
            .totals(1727, 0, 0, 309)
            .registers(Registers.ofWh(6_678_394, 0, 21_988, 1_020_971))
            .build();

    byte[] telegram = new SwedishP1Encoder().encode(Push.TELEGRAM, readout);

    assertThat(telegram).isEqualTo(Captures.bytes("p1_se_ell5_hanporten_7945.txt"));
  }

  @Test
  void dsmrEncoderReproducesTheIskraAm550Telegram() {
    MeterIdentity identity =
        new MeterIdentity("E0044006903312917", "", "G0039001763378717", 9, 5,
            List.of(
                new MeterIdentity.PowerFailure(local("2017-06-09T06:32:39", AMSTERDAM), 267),
                new MeterIdentity.PowerFailure(local("2017-06-11T00:17:06", AMSTERDAM), 149_657)),
            List.of(0, 0, 0), List.of(2, 2, 2), Registers.ofWh(0, 0, 0, 0), 0);
    MeterReadout readout =
        ReadoutBuilder.at(local("2018-01-04T23:19:41", AMSTERDAM))
            .phase(122, 0, 0, 0, 2348, 0)
            .phase(237, 0, 0, 0, 2321, 1000)
            .phase(158, 0, 0, 0, 2353, 1000)
            .totals(519, 0, 0, 0)
            .registers(new Registers(156_167 * 3600L, 71_546 * 3600L, 0, 0, 0, 0))
            .tariff(Tariff.LOW)
            .gas(local("2018-01-04T23:15:07", AMSTERDAM), 212_529_000)
            .build();

    byte[] telegram =
        new DsmrEncoder(identity, ZoneId.of(AMSTERDAM)).encode(Push.TELEGRAM, readout);

    assertThat(new String(telegram, StandardCharsets.ISO_8859_1))
        .isEqualTo(new String(Captures.bytes("p1_openhab_iskra_am550.txt"),
            StandardCharsets.ISO_8859_1));
  }

  @Test
  void smartyEncoderReproducesTheT210dPlaintext() {
    byte[] plaintext = smartyEncoder(nexxtlabCipher()).plaintext(smartyReadout());

    assertThat(plaintext).isEqualTo(Captures.bytes("p1_openhab_smarty.txt"));
  }

  @Test
  void smartyCipheringReproducesTheNexxtlabFrameWithItsKeyAndCounter() {
    byte[] frame = smartyEncoder(nexxtlabCipher()).encode(Push.TELEGRAM, smartyReadout());

    assertThat(HexFormat.of().withUpperCase().formatHex(frame))
        .isEqualTo(HexFormat.of().withUpperCase()
            .formatHex(Captures.hex("enc_lu_smarty_nexxtlab.hex")));
  }

  private static GloCipher nexxtlabCipher() {
    HexFormat hex = HexFormat.of();
    return new GloCipher(hex.parseHex("534147677001BD54"),
        hex.parseHex("D491470F47126332B07D1923B3504188"),
        hex.parseHex(SmartyKeys.LUXEMBOURG_AUTHENTICATION_KEY), time -> 0x0005A8E3L);
  }

  private static SmartyEncoder smartyEncoder(GloCipher cipher) {
    MeterIdentity identity =
        new MeterIdentity("SAG1030700114004", "", "", 69, 0, List.of(), List.of(44, 3, 2),
            List.of(0, 0, 0), Registers.ofWh(0, 0, 0, 0), 0);
    return new SmartyEncoder(identity, ZoneId.of(LUXEMBOURG), cipher);
  }

  private static MeterReadout smartyReadout() {
    return ReadoutBuilder.at(local("2018-01-30T10:21:22", LUXEMBOURG))
        .phase(0, 0, 0, 0, 2300, 0)
        .phase(0, 0, 0, 0, 2300, 0)
        .phase(0, 0, 0, 0, 2300, 0)
        .totals(0, 0, 0, 7)
        .registers(Registers.ofWh(6_695, 25, 818, 2_745))
        .build();
  }
}
