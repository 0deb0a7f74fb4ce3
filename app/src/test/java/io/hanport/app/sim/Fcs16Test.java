package io.hanport.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Fcs16Test {

  @Test
  void checkValueIs906E() {
    byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
    assertThat(Fcs16.compute(check, 0, check.length)).isEqualTo(0x906E);
  }

  /** Capture hdlc_no_kaifa_ma304h3e_list1_gh180: HCS 5A 87 after flag and 6 header bytes. */
  @Test
  void hcsAndFcsOfARealKaifaFrameVerify() {
    byte[] frame = Captures.hex("hdlc_no_kaifa_ma304h3e_list1_gh180.hex");
    int hcs = Fcs16.compute(frame, 1, 6);
    int fcs = Fcs16.compute(frame, 1, frame.length - 4);
    assertThat(new int[] {hcs & 0xFF, hcs >>> 8}).containsExactly(frame[7] & 0xFF, frame[8] & 0xFF);
    assertThat(new int[] {fcs & 0xFF, fcs >>> 8})
        .containsExactly(frame[frame.length - 3] & 0xFF, frame[frame.length - 2] & 0xFF);
  }
}
