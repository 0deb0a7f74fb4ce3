package io.hanport.codec.dlms;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.dlms.testing.Captures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every DLMS capture has its row in PROVENANCE.md: source, commit, meter, country. */
class ProvenanceTest {

  @Test
  void everyDlmsCaptureHasAProvenanceRow() throws IOException {
    String provenance;
    try (InputStream in = ProvenanceTest.class.getResourceAsStream("/captures/PROVENANCE.md")) {
      provenance = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String folder : List.of("hdlc", "apdu", "mbus", "encrypted")) {
      for (String capture : Captures.folder(folder)) {
        assertThat(provenance).as(capture).contains("| `" + capture + "` | ");
      }
    }
  }
}
