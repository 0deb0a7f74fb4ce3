package io.hanport.codec.p1;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Hand-built byte streams, one framing rule each (PROTOCOLS.md §1.4–1.5, ARCHITECTURE rule 2). */
class P1FramerTest {

  /** '/' ident CR LF, blank line, one data line, '!': CRC-16/ARC of these bytes is 81C9. */
  private static final String TELEGRAM = "/ABC5\\2test\r\n\r\n1-0:1.8.0(00001.500*kWh)\r\n!";

  @Test
  void telegramWithMatchingCrcIsOneVerifiedFrame() {
    Recorder recorder = frame(TELEGRAM + "81C9\r\n");

    assertThat(recorder.rejections).isEmpty();
    assertThat(recorder.frames).singleElement().satisfies(frame -> {
      assertThat(frame.streamOffset()).isZero();
      assertThat(frame.checksumVerified()).isTrue();
      assertThat(text(frame.raw())).isEqualTo(TELEGRAM + "81C9\r\n");
    });
  }

  @Test
  void crcMismatchIsBadChecksumWithExpectedAndComputedAndNoFrame() {
    Recorder recorder = frame(TELEGRAM + "81CA\r\n");

    assertThat(recorder.frames).isEmpty();
    assertThat(recorder.rejections).containsExactly(new Rejection(
        Reason.BAD_CHECKSUM, 0, TELEGRAM.length() + 6, "expected 81CA, computed 81C9"));
  }

  @Test
  void lowerCaseCrcDigitsAreAccepted() {
    assertThat(frame(TELEGRAM + "81c9\r\n").frames).singleElement()
        .satisfies(frame -> assertThat(frame.checksumVerified()).isTrue());
  }

  /** Warmtelink prints the CRC without zero padding: 0F02 as "F02" (dsmr_parser accepts it). */
  @Test
  void crcWithoutZeroPaddingIsVerified() {
    Recorder recorder = frame("/ABC5\r\n\r\n1-0:1.7.0(0021*W)\r\n!F02\r\n");

    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(frame.checksumVerified()).isTrue());
  }

  /** DSMR 2.2/3: '!' CR LF and no CRC is a frame whose checksum was not verified. */
  @Test
  void telegramWithoutCrcIsAnUnverifiedFrame() {
    Recorder recorder = frame(TELEGRAM + "\r\n");

    assertThat(recorder.rejections).isEmpty();
    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(frame.checksumVerified()).isFalse());
  }

  /** LF-only line ends are framed as sent: the CRC covers the LF bytes (66C8 here, not 81C9). */
  @Test
  void lfOnlyTelegramIsFramedWithItsOwnCrc() {
    Recorder recorder = frame("/ABC5\n\n1-0:1.8.0(00001.500*kWh)\n!66C8\n");

    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(frame.checksumVerified()).isTrue());
  }

  @Test
  void bytesBeforeSlashAreOneGarbageRejection() {
    Recorder recorder = frame("\0\0\u00ff\r\n" + TELEGRAM + "81C9\r\n");

    assertThat(recorder.rejections)
        .containsExactly(new Rejection(Reason.GARBAGE, 0, 5, "5 bytes outside any telegram"));
    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(frame.streamOffset()).isEqualTo(5));
  }

  /** Zero padding after the CRC line: one rejection for the run, reported at the end of input. */
  @Test
  void paddingAfterCrcLineIsOneGarbageRejection() {
    int end = TELEGRAM.length() + 6;
    Recorder recorder = frame(TELEGRAM + "81C9\r\n\0\0\0\0\0\0\0\0");

    assertThat(recorder.frames).hasSize(1);
    assertThat(recorder.rejections)
        .containsExactly(new Rejection(Reason.GARBAGE, end, 8, "8 bytes outside any telegram"));
  }

  /** A byte after four CRC digits that is not CR or LF ends the telegram and is not part of it. */
  @Test
  void byteAfterFourCrcDigitsEndsTheTelegram() {
    Recorder recorder = frame(TELEGRAM + "81C9\0\r\n");

    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(text(frame.raw())).isEqualTo(TELEGRAM + "81C9"));
    assertThat(recorder.rejections).extracting(Rejection::reason).containsExactly(Reason.GARBAGE);
  }

  @Test
  void slashAtLineStartBeforeBangTruncatesThePreviousTelegram() {
    String unfinished = "/ABC5\r\n\r\n1-0:1.8.0(00001.500*kWh)\r\n";
    Recorder recorder = frame(unfinished + TELEGRAM + "81C9\r\n");

    assertThat(recorder.rejections).containsExactly(new Rejection(Reason.TRUNCATED, 0,
        unfinished.length(), "a new telegram began before this one's '!'"));
    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(frame.streamOffset()).isEqualTo(unfinished.length()));
  }

  /** A '/' inside a line is data (Aidon's header "/ADN9 6534" shows '/' is not only a start). */
  @Test
  void slashInsideALineDoesNotStartATelegram() {
    Recorder recorder = frame("/ABC5\r\n\r\n0-0:96.13.0(A/B)\r\n!1F3B\r\n");

    assertThat(recorder.rejections).isEmpty();
    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(frame.checksumVerified()).isTrue());
  }

  /**
   * Between telegrams any '/' may start one (there is no line to be at the start of); a stray one
   * in noise becomes a telegram that the real one, at a line start, truncates.
   */
  @Test
  void slashInNoiseStartsATelegramThatTheNextLineStartTruncates() {
    Recorder recorder = frame("ab/c\r\n" + TELEGRAM + "81C9\r\n");

    assertThat(recorder.rejections).extracting(Rejection::reason, Rejection::streamOffset)
        .containsExactly(
            Tuple.tuple(Reason.GARBAGE, 0L),
            Tuple.tuple(Reason.TRUNCATED, 2L));
    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(frame.checksumVerified()).isTrue());
  }

  /** '!' directly followed by the next '/' (no CRC, no line end) still separates two telegrams. */
  @Test
  void bangFollowedBySlashEndsOneTelegramAndStartsTheNext() {
    Recorder recorder = frame("/X\r\n!/X\r\n!DD91\r\n");

    assertThat(recorder.frames).extracting(frame -> frame.checksumVerified())
        .containsExactly(false, true);
  }

  @Test
  void telegramLongerThanBoundIsDiscardedAndFramerResyncs() {
    String longLine = "0-0:96.13.0(" + "41".repeat(40) + ")\r\n";
    P1Framer framer = new P1Framer(64);
    Recorder recorder = Recorder.frameWhole(framer, bytes("/ABC5\r\n" + longLine + "!\r\n"
        + "/X\r\n!DD91\r\n"));

    assertThat(recorder.rejections).first().isEqualTo(
        new Rejection(Reason.OVERSIZED, 0, 64, "telegram longer than 64 bytes"));
    assertThat(recorder.rejections).last().extracting(Rejection::reason).isEqualTo(Reason.GARBAGE);
    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(text(frame.raw())).isEqualTo("/X\r\n!DD91\r\n"));
  }

  /** Endless noise is reported in runs no longer than the bound, not held back forever. */
  @Test
  void garbageRunLongerThanBoundIsReportedInBoundSizedPieces() {
    Recorder recorder = Recorder.frameWhole(new P1Framer(16), new byte[40]);

    assertThat(recorder.rejections).extracting(Rejection::streamOffset, Rejection::length)
        .containsExactly(
            Tuple.tuple(0L, 16),
            Tuple.tuple(16L, 16),
            Tuple.tuple(32L, 8));
  }

  @Test
  void finishReportsAnUnfinishedTelegramAsTruncated() {
    Recorder recorder = frame("/ABC5\r\n\r\n1-0:1.8.0(0");

    assertThat(recorder.frames).isEmpty();
    assertThat(recorder.rejections).containsExactly(
        new Rejection(Reason.TRUNCATED, 0, 20, "input ended before the telegram's '!'"));
  }

  @Test
  void finishInsideAShortCrcLineReportsTruncated() {
    Recorder recorder = frame(TELEGRAM + "81");

    assertThat(recorder.rejections).extracting(Rejection::reason)
        .containsExactly(Reason.TRUNCATED);
  }

  /** Four CRC digits are a whole checksum even when the input ends before CR LF. */
  @Test
  void finishAfterFourCrcDigitsEmitsTheFrame() {
    Recorder recorder = frame(TELEGRAM + "81C9");

    assertThat(recorder.rejections).isEmpty();
    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(frame.checksumVerified()).isTrue());
  }

  @Test
  void streamOffsetsCountAcrossFeeds() {
    P1Framer framer = new P1Framer();
    Recorder recorder = new Recorder();
    byte[] telegram = bytes(TELEGRAM + "81C9\r\n");
    framer.feed(telegram, 0, telegram.length, recorder);
    framer.feed(telegram, 0, telegram.length, recorder);

    assertThat(recorder.frames).extracting(frame -> frame.streamOffset())
        .containsExactly(0L, (long) telegram.length);
  }

  /** A telegram inside one chunk is framed from the caller's array: the frame owns a copy. */
  @Test
  void frameKeepsItsBytesWhenTheCallerReusesItsArray() {
    P1Framer framer = new P1Framer();
    Recorder recorder = new Recorder();
    byte[] chunk = bytes(TELEGRAM + "81C9\r\n");
    framer.feed(chunk, 0, chunk.length, recorder);
    Arrays.fill(chunk, (byte) 'x');

    assertThat(text(recorder.frames.get(0).raw())).isEqualTo(TELEGRAM + "81C9\r\n");
  }

  /** A telegram still open when its chunk ends keeps its bytes before the caller reuses them. */
  @Test
  void unfinishedTelegramSurvivesTheCallerReusingItsArray() {
    P1Framer framer = new P1Framer();
    Recorder recorder = new Recorder();
    byte[] telegram = bytes(TELEGRAM + "81C9\r\n");
    byte[] chunk = new byte[telegram.length];
    int split = TELEGRAM.indexOf("1-0");
    System.arraycopy(telegram, 0, chunk, 0, split);
    framer.feed(chunk, 0, split, recorder);
    System.arraycopy(telegram, split, chunk, 0, telegram.length - split);
    framer.feed(chunk, 0, telegram.length - split, recorder);

    assertThat(recorder.rejections).isEmpty();
    assertThat(recorder.frames).singleElement().satisfies(frame -> {
      assertThat(frame.checksumVerified()).isTrue();
      assertThat(text(frame.raw())).isEqualTo(TELEGRAM + "81C9\r\n");
    });
  }

  /** Whether a '/' at a chunk's start begins a line is told by the kept telegram's last byte. */
  @Test
  void slashInsideALineAtAChunkStartDoesNotStartATelegram() {
    String telegram = "/ABC5\r\n0-0:96.13.0(a/b)\r\n!";
    byte[] stream = bytes(telegram + hexCrc(telegram) + "\r\n");
    P1Framer framer = new P1Framer();
    Recorder recorder = new Recorder();
    int slash = telegram.lastIndexOf('/');
    framer.feed(stream, 0, slash, recorder);
    framer.feed(stream, slash, stream.length - slash, recorder);

    assertThat(recorder.rejections).isEmpty();
    assertThat(recorder.frames).singleElement()
        .satisfies(frame -> assertThat(frame.checksumVerified()).isTrue());
  }

  private static String hexCrc(String checked) {
    byte[] bytes = bytes(checked);
    return String.format("%04X", Crc16Arc.compute(bytes, 0, bytes.length));
  }

  private static Recorder frame(String stream) {
    return Recorder.frameWhole(bytes(stream));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
