package io.hanport.app.sim;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * How a vendor writes the 12-byte COSEM date-time (PROTOCOLS.md §6.4): local time, hundredths
 * unspecified (FF), the vendor's day-of-week numbering and deviation field, and clock status 00.
 * Status bit 7 would mean summer time, but the Nordic meters leave it clear in summer too
 * (captures hdlc_no_kaifa_list2_roarfred of 2017-09-14 and Kamstrup roarfred of 2017-10-20).
 *
 * @param sundayIsZero Aidon numbers Sunday 0 (capture hdlc_no_aidon6534_list3_gh1119_1 sends 00
 *     on Sunday 2025-12-14, and amshan's Aidon list 3 sends 02 on Tuesday), not the 7 of §6.4
 * @param deviation the deviation field as sent: 0x8000 is "unspecified" (Kaifa, Kamstrup); Aidon
 *     sends 0x0000
 */
record CosemClock(ZoneId zone, boolean sundayIsZero, int deviation) {

  private static final int UNSPECIFIED = 0xFF;
  private static final int STATUS_OK = 0x00;
  static final int DEVIATION_UNSPECIFIED = 0x8000;

  byte[] dateTime(Instant instant) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
    int dayOfWeek = local.getDayOfWeek().getValue();
    if (sundayIsZero) {
      dayOfWeek %= 7;
    }
    return new byte[] {
      (byte) (local.getYear() >>> 8), (byte) local.getYear(), (byte) local.getMonthValue(),
      (byte) local.getDayOfMonth(), (byte) dayOfWeek, (byte) local.getHour(),
      (byte) local.getMinute(), (byte) local.getSecond(), (byte) UNSPECIFIED,
      (byte) (deviation >>> 8), (byte) deviation, (byte) STATUS_OK
    };
  }
}
