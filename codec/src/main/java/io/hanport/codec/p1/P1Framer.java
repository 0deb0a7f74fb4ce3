package io.hanport.codec.p1;

import io.hanport.codec.wire.FrameListener;
import io.hanport.codec.wire.Framer;
import io.hanport.codec.wire.P1Frame;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;

/**
 * Cuts a byte stream into P1 telegrams: {@code /} identification line, data lines, then {@code !}
 * with up to four hex CRC digits and CR LF (PROTOCOLS.md §1.4–1.5).
 *
 * <p>The CRC-16/ARC covers the raw bytes from {@code /} through {@code !}; line ends are never
 * normalised, because CR LF sits under the checksum. Tolerated, as real meters need (§1.5, §7.2):
 * a CRC printed without zero padding ({@code !B9F}, Warmtelink), no CRC at all ({@code !} then
 * CR LF: DSMR 2.2/3, EasyMeter, L+G E350), and bytes before {@code /} or after the CRC line
 * (Kamstrup's leading CR LF, 0x00/0xFF padding, gateway additions), reported as one {@link
 * Reason#GARBAGE} rejection per run. Inside a telegram only a {@code /} at the start of a line
 * begins a new one (values such as Aidon's {@code /ADN9 6534} header never start a data line), and
 * the unfinished telegram is then {@link Reason#TRUNCATED}.
 *
 * <p>Not thread-safe: one framer per byte stream.
 */
public final class P1Framer implements Framer {

  /** Ample for the longest real telegram (about 1.1 KB, Fluvius) with a 1024-char text message. */
  public static final int DEFAULT_MAX_TELEGRAM_LENGTH = 16 * 1024;

  static final byte START = '/';
  static final byte END = '!';
  private static final byte CR = '\r';
  private static final byte LF = '\n';
  private static final int MAX_CRC_DIGITS = 4;

  private enum State {
    /** Between telegrams: every byte that is not {@code /} is garbage. */
    HUNTING,
    /** Inside a telegram, before its {@code !}. */
    TELEGRAM,
    /** After {@code !}: reading the CRC digits and the line end. */
    CHECKSUM,
    /** After the CR that ends the CRC line: an LF belongs to the telegram too. */
    CHECKSUM_LF
  }

  private final int maxTelegramLength;
  private final TelegramBytes telegram;
  private final GarbageRun garbage;
  private State state = State.HUNTING;
  private long telegramOffset;
  private int crcDigits;
  private int givenCrc;
  private long feedBase;
  private long streamOffset;

  public P1Framer() {
    this(DEFAULT_MAX_TELEGRAM_LENGTH);
  }

  /** A framer that drops, as {@link Reason#OVERSIZED}, any telegram longer than the bound. */
  public P1Framer(int maxTelegramLength) {
    if (maxTelegramLength < 2) {
      throw new IllegalArgumentException("maxTelegramLength must be >= 2: " + maxTelegramLength);
    }
    this.maxTelegramLength = maxTelegramLength;
    this.telegram = new TelegramBytes(maxTelegramLength);
    this.garbage = new GarbageRun(maxTelegramLength);
  }

  @Override
  public void feed(byte[] data, int offset, int count, FrameListener listener) {
    feedBase = streamOffset - offset;
    int end = offset + count;
    int i = offset;
    while (i < end) {
      switch (state) {
        case HUNTING:
          i = hunt(data, i, end, listener);
          break;
        case TELEGRAM:
          i = readTelegram(data, i, end, listener);
          break;
        default:
          i = readChecksumLine(data, i, end, listener);
          break;
      }
    }
    telegram.endOfChunk(inFrame());
    streamOffset += count;
  }

  @Override
  public boolean inFrame() {
    return state != State.HUNTING;
  }

  @Override
  public void finish(FrameListener listener) {
    if (state == State.HUNTING) {
      garbage.flush(listener);
    } else if (state == State.CHECKSUM_LF
        || (state == State.CHECKSUM && crcDigits == MAX_CRC_DIGITS)) {
      complete(listener);
    } else {
      String where = state == State.TELEGRAM ? "before the telegram's '!'" : "inside the CRC line";
      reject(listener, Reason.TRUNCATED, "input ended " + where);
    }
    state = State.HUNTING;
    streamOffset = 0;
  }

  private int hunt(byte[] data, int from, int end, FrameListener listener) {
    int start = from;
    while (start < end && data[start] != START) {
      start++;
    }
    garbage.add(feedBase + from, start - from, listener);
    if (start == end) {
      return end;
    }
    garbage.flush(listener);
    beginTelegram(data, start);
    return start + 1;
  }

  private void beginTelegram(byte[] data, int at) {
    telegramOffset = feedBase + at;
    telegram.begin(data, at);
    state = State.TELEGRAM;
  }

  /** Reads data lines up to {@code !}, or up to a {@code /} starting a line (a new telegram). */
  private int readTelegram(byte[] data, int from, int end, FrameListener listener) {
    int room = from + maxTelegramLength - telegram.length();
    int limit = Math.min(end, room);
    int i = telegram.scanAndCheck(data, from, limit);
    while (i < limit && data[i] == START && !startsLine(data, from, i)) {
      telegram.check(START);
      i = telegram.scanAndCheck(data, i + 1, limit);
    }
    telegram.extend(data, from, i - from);
    if (i == end) {
      return end;
    }
    if (i == room) {
      reject(listener, Reason.OVERSIZED, "telegram longer than " + maxTelegramLength + " bytes");
      state = State.HUNTING;
      return i;
    }
    if (data[i] == START) {
      reject(listener, Reason.TRUNCATED, "a new telegram began before this one's '!'");
      beginTelegram(data, i);
      return i + 1;
    }
    telegram.check(END);
    telegram.extend(data, i, 1);
    crcDigits = 0;
    givenCrc = 0;
    state = State.CHECKSUM;
    return i + 1;
  }

  /** Whether {@code data[at]} follows an LF; before this chunk, the telegram's last byte tells. */
  private boolean startsLine(byte[] data, int chunkStart, int at) {
    byte previous = at > chunkStart ? data[at - 1] : telegram.last();
    return previous == LF;
  }

  /**
   * Reads {@code !}'s line: up to four hex digits, then CR LF or LF. Any other byte ends the line
   * without being consumed; it belongs to whatever follows (padding, the next telegram).
   */
  private int readChecksumLine(byte[] data, int from, int end, FrameListener listener) {
    int i = from;
    while (i < end) {
      byte b = data[i];
      if (!consumeChecksumByte(b)) {
        complete(listener);
        return i;
      }
      if (telegram.length() == maxTelegramLength) {
        reject(listener, Reason.OVERSIZED, "telegram longer than " + maxTelegramLength + " bytes");
        state = State.HUNTING;
        return i;
      }
      telegram.extend(data, i, 1);
      i++;
      if (state == State.HUNTING) {
        complete(listener);
        return i;
      }
    }
    return i;
  }

  /**
   * Advances the CRC-line state by one byte; returns whether the byte belongs to the telegram. Sets
   * the state to {@link State#HUNTING} when the byte (an LF) ends the line.
   */
  private boolean consumeChecksumByte(byte b) {
    if (state == State.CHECKSUM_LF) {
      if (b == LF) {
        state = State.HUNTING;
      }
      return b == LF;
    }
    int digit = Character.digit(b, 16);
    if (digit >= 0 && crcDigits < MAX_CRC_DIGITS) {
      givenCrc = (givenCrc << 4) | digit;
      crcDigits++;
      return true;
    }
    if (b == CR) {
      state = State.CHECKSUM_LF;
      return true;
    }
    if (b == LF) {
      state = State.HUNTING;
      return true;
    }
    return false;
  }

  private void complete(FrameListener listener) {
    state = State.HUNTING;
    if (crcDigits == 0) {
      listener.frame(new P1Frame(telegramOffset, telegram.toArray(), false));
      return;
    }
    int computed = telegram.crc();
    if (computed == givenCrc) {
      listener.frame(new P1Frame(telegramOffset, telegram.toArray(), true));
    } else {
      reject(listener, Reason.BAD_CHECKSUM, String.format(
          "expected %04X, computed %04X", givenCrc, computed));
    }
  }

  private void reject(FrameListener listener, Reason reason, String detail) {
    listener.rejected(new Rejection(reason, telegramOffset, telegram.length(), detail));
  }
}
