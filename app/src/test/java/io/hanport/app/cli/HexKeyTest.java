package io.hanport.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HexKeyTest {

  @Test
  void thirtyTwoHexDigitsInEitherCaseAreSixteenBytes() {
    assertThat(HexKey.parse("000102030405060708090a0B0c0D0e0F"))
        .hasValueSatisfying(
            key ->
                assertThat(key)
                    .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
  }

  @Test
  void wrongLengthIsNoKey() {
    assertThat(HexKey.parse("000102030405060708090A0B0C0D0E")).isEmpty();
    assertThat(HexKey.parse("000102030405060708090A0B0C0D0E0F00")).isEmpty();
  }

  @Test
  void nonHexDigitsAreNoKey() {
    assertThat(HexKey.parse("000102030405060708090A0B0C0D0E0G")).isEmpty();
    assertThat(HexKey.parse("00 01 02 03 04 05 06 07 08 09 0A")).isEmpty();
  }
}
