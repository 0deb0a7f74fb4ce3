package io.hanport.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A stream of distinct Swedish telegrams with valid CRCs: the branch recommendation's example
 * (hanporten's "!7945" telegram, capture p1_se_ell5_hanporten_7945, 712 bytes) with every digit of
 * every value redrawn, so that no two telegrams, and no two CRCs, are alike.
 */
final class SwedishTelegrams {

  private static final String[] LINES = {
    "0-0:1.0.0(210217184019W)", "1-0:1.8.0(00006678.394*kWh)", "1-0:2.8.0(00000000.000*kWh)",
    "1-0:3.8.0(00000021.988*kvarh)", "1-0:4.8.0(00001020.971*kvarh)", "1-0:1.7.0(0001.727*kW)",
    "1-0:2.7.0(0000.000*kW)", "1-0:3.7.0(0000.000*kvar)", "1-0:4.7.0(0000.309*kvar)",
    "1-0:21.7.0(0001.023*kW)", "1-0:41.7.0(0000.350*kW)", "1-0:61.7.0(0000.353*kW)",
    "1-0:22.7.0(0000.000*kW)", "1-0:42.7.0(0000.000*kW)", "1-0:62.7.0(0000.000*kW)",
    "1-0:23.7.0(0000.000*kvar)", "1-0:43.7.0(0000.000*kvar)", "1-0:63.7.0(0000.000*kvar)",
    "1-0:24.7.0(0000.009*kvar)", "1-0:44.7.0(0000.161*kvar)", "1-0:64.7.0(0000.138*kvar)",
    "1-0:32.7.0(240.3*V)", "1-0:52.7.0(240.1*V)", "1-0:72.7.0(241.3*V)",
    "1-0:31.7.0(004.2*A)", "1-0:51.7.0(001.6*A)", "1-0:71.7.0(001.7*A)"
  };

  private SwedishTelegrams() {}

  /** {@code count} telegrams back to back; {@code offsets} gets each one's start, then the end. */
  static byte[] stream(int count, long seed, int[] offsets) {
    return stream(count, seed, offsets, false);
  }

  /**
   * The same with each telegram's data lines in a new order when {@code shuffled}: no telegram is
   * laid out as the one before it, so the decoder reads every one line by line (the worst case of
   * {@code P1Shape}; meters keep their order, but the format allows any: DSMR5 §6.13).
   */
  static byte[] stream(int count, long seed, int[] offsets, boolean shuffled) {
    Random random = new Random(seed);
    ByteArrayOutputStream stream = new ByteArrayOutputStream(count * 720);
    for (int i = 0; i < count; i++) {
      offsets[i] = stream.size();
      byte[] telegram = telegram(random, i, shuffled);
      stream.write(telegram, 0, telegram.length);
    }
    offsets[count] = stream.size();
    return stream.toByteArray();
  }

  private static byte[] telegram(Random random, int index, boolean shuffled) {
    StringBuilder text = new StringBuilder("/ELL5\\253833635_A\r\n\r\n");
    List<String> lines = new ArrayList<>();
    lines.add(String.format("0-0:1.0.0(2102%02d%02d%02d%02dW)",
        1 + index % 28, index % 24, index / 24 % 60, random.nextInt(60)));
    for (int line = 1; line < LINES.length; line++) {
      lines.add(redrawDigits(LINES[line], random));
    }
    if (shuffled) {
      Collections.shuffle(lines, random);
    }
    for (String line : lines) {
      text.append(line).append("\r\n");
    }
    text.append('!');
    byte[] body = text.toString().getBytes(StandardCharsets.ISO_8859_1);
    int crc = ByteTableCrc16Arc.compute(body, 0, body.length);
    return (text + String.format("%04X\r\n", crc)).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Keeps the code and the format ("0001.727*kW"), draws new digits for the value. */
  private static String redrawDigits(String line, Random random) {
    StringBuilder redrawn = new StringBuilder(line);
    for (int i = line.indexOf('(') + 1; i < line.length() && line.charAt(i) != '*'; i++) {
      if (Character.isDigit(line.charAt(i))) {
        redrawn.setCharAt(i, (char) ('0' + random.nextInt(10)));
      }
    }
    return redrawn.toString();
  }
}
