package io.hanport.codec.dlms;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.hanport.codec.dlms.fuzz.DlmsFuzzTarget;

/**
 * Coverage-guided fuzzing of the A-XDR reader, and of the bare-APDU framer with the decoder and its
 * ciphering behind it (issue 3); seeds in {@code
 * src/test/resources/io/hanport/codec/dlms/AxdrFuzzTestInputs/}. To fuzz locally:
 *
 * <pre>JAZZER_FUZZ=1 mvn -pl codec test -Dtest=AxdrFuzzTest</pre>
 */
class AxdrFuzzTest {

  @FuzzTest
  void readerHoldsItsInvariants(byte[] data) {
    DlmsFuzzTarget.checkAxdr(data);
  }

  @FuzzTest
  void apduFramerAndDecoderHoldTheirInvariants(byte[] data) {
    DlmsFuzzTarget.checkApdus(data);
  }
}
