package io.hanport.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input URIs lose their passwords and keys before the API shows them. */
class RedactionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "mqtt://anna:hunter2@broker:1883/han     | mqtt://anna:***@broker:1883/han",
      "mqtt://broker/han                       | mqtt://broker/han",
      "tcp://192.0.2.7:8088?key=0011&speed=2   | tcp://192.0.2.7:8088?key=***&speed=2",
      "serial:/dev/ttyUSB0?baud=115200&auth_key=99 | serial:/dev/ttyUSB0?baud=115200&auth_key=***",
      "mqtt://u:p@h/t?password=x&encryptionKey=y | mqtt://u:***@h/t?password=***&encryptionKey=***",
      "sim:se-p1?speed=60                      | sim:se-p1?speed=60",
  })
  void passwordsAndKeysAreHidden(String uri, String shown) {
    assertThat(Redaction.uri(uri)).isEqualTo(shown);
  }
}
