package io.hanport.codec.hdlc;

import io.hanport.codec.dlms.testing.Captures;
import io.hanport.codec.dlms.testing.PartialInput;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every HDLC capture through the partial-input matrix, at the framer. */
class HdlcPartialInputTest {

  static List<String> hdlcCaptures() {
    return Stream.concat(Captures.folder("hdlc").stream(), Captures.folder("encrypted").stream())
        .filter(name -> name.contains("/hdlc_"))
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @MethodSource("hdlcCaptures")
  void sameFramesAndRejectionsForAnyChunking(String capture) {
    PartialInput.assertSameForAnyChunking(HdlcFramer::new, Captures.bytes(capture));
  }

  @ParameterizedTest
  @MethodSource("hdlcCaptures")
  void framesSurviveLeadingGarbageAndBackToBackRepetition(String capture) {
    PartialInput.assertFramesSurviveGarbageAndRepetition(HdlcFramer::new, Captures.bytes(capture));
  }

  @ParameterizedTest
  @MethodSource("hdlcCaptures")
  void streamStartingMidFrameStillYieldsEveryLaterFrame(String capture) {
    PartialInput.assertEveryLaterFrameIsFoundWhenStartingMidStream(
        HdlcFramer::new, Captures.bytes(capture));
  }
}
