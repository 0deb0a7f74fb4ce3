package io.hanport.codec.hdlc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hanport.codec.dlms.fuzz.DlmsFuzzTarget;

/**
 * Coverage-guided fuzzing of the HDLC framer and the decoder behind it (issue 3). Under {@code mvn
 * verify} Jazzer replays the committed seeds in {@code
 * src/test/resources/io/hanport/codec/hdlc/HdlcFuzzTestInputs/}; to fuzz locally:
 *
 * <pre>JAZZER_FUZZ=1 mvn -pl codec test -Dtest=HdlcFuzzTest</pre>
 */
class HdlcFuzzTest {

  @FuzzTest
  void framerAndDecoderHoldTheirInvariants(byte[] data) {
    DlmsFuzzTarget.checkHdlc(data);
  }
}
