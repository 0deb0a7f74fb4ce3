package io.hanport.codec.mbus;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hanport.codec.dlms.fuzz.DlmsFuzzTarget;

/**
 * Coverage-guided fuzzing of the M-Bus framer and the decoder behind it (issue 3); seeds in {@code
 * src/test/resources/io/hanport/codec/mbus/MbusFuzzTestInputs/}. To fuzz locally:
 *
 * <pre>JAZZER_FUZZ=1 mvn -pl codec test -Dtest=MbusFuzzTest</pre>
 */
class MbusFuzzTest {

  @FuzzTest
  void framerAndDecoderHoldTheirInvariants(byte[] data) {
    DlmsFuzzTarget.checkMbus(data);
  }
}
