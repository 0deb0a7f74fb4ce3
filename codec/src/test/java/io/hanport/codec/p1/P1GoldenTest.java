package io.hanport.codec.p1;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.obis.Telegram;
import io.hanport.codec.wire.DecodeException;
import io.hanport.codec.wire.P1Frame;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every capture that frames into a telegram, framed and decoded, compared in full with its golden
 * file (golden/p1/NAME.json: header, CRC state, and every object's code, value, unit and time).
 * The golden files were checked by hand against the manifest's reference decode and the source
 * projects' asserted values, with the telegram text as the truth.
 */
class P1GoldenTest {

  static List<String> decodable() {
    return Captures.decodable();
  }

  @ParameterizedTest
  @MethodSource("decodable")
  void captureDecodesToItsGoldenTelegram(String name) throws DecodeException {
    Recorder recorder = Recorder.frameWhole(Captures.bytes(name));

    assertThat(recorder.frames).hasSize(1);
    P1Frame frame = recorder.frames.get(0);
    Telegram telegram = new P1Decoder().decode(frame);

    assertThat(telegram.protocol()).isEqualTo(Telegram.DSMR);
    assertThat(telegram.encrypted()).isFalse();
    assertThat(TelegramJson.write(telegram, frame.checksumVerified()))
        .isEqualTo(Captures.golden(name + ".json"));
  }
}
