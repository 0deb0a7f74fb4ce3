package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HexTextTest {

  @Test
  void whitespaceAndLineBreaksBetweenDigitsAreIgnoredInEitherCase() {
    assertThat(HexText.decode(" 7E a0\r\n0D\t7e\n")).containsExactly(0x7E, 0xA0, 0x0D, 0x7E);
  }

  @Test
  void emptyTextIsNoBytes() {
    assertThat(HexText.decode("\n")).isEmpty();
  }

  @Test
  void nonHexCharacterIsReportedWithLineAndColumn() {
    assertThatThrownBy(() -> HexText.decode("7EA0\n  0x7E\n"))
        .isInstanceOf(HexText.MalformedHexException.class)
        .hasMessage("line 2, column 4: 'x' is not a hex digit");
  }

  @Test
  void invisibleCharacterIsReportedByItsCode() {
    assertThatThrownBy(() -> HexText.decode("7E\u00A0A0"))
        .hasMessage("line 1, column 3: character 0xA0 is not a hex digit");
  }

  @Test
  void oddNumberOfDigitsIsRejected() {
    assertThatThrownBy(() -> HexText.decode("7EA"))
        .isInstanceOf(HexText.MalformedHexException.class)
        .hasMessageContaining("odd number of hex digits");
  }
}
