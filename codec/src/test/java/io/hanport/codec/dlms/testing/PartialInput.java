package io.hanport.codec.dlms.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.wire.Frame;
import io.hanport.codec.wire.Framer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The partial-input matrix (ARCHITECTURE.md rule 7): a capture whole, a byte at a time, split at
 * every index, in random chunks, behind garbage, twice back to back, and starting at every byte.
 */
public final class PartialInput {

  private PartialInput() {}

  public static void assertSameForAnyChunking(Supplier<Framer> framers, byte[] input) {
    String whole = transcript(framers.get(), input, input.length);

    assertThat(transcript(framers.get(), input, 1)).as("one byte at a time").isEqualTo(whole);
    for (int split = 1; split < input.length; split++) {
      assertThat(split(framers.get(), input, split)).as("split at %d", split).isEqualTo(whole);
    }
    for (long seed = 0; seed < 20; seed++) {
      assertThat(randomChunks(framers.get(), input, seed)).as("seed %d", seed).isEqualTo(whole);
    }
  }

  /** Garbage before, and the capture twice: every frame is found again, at its new offset. */
  public static void assertFramesSurviveGarbageAndRepetition(
      Supplier<Framer> framers, byte[] input) {
    byte[] noise = Hex.bytes("00 13 37 FF 42 6A");
    List<Frame> alone = FrameRecorder.frame(framers.get(), input).frames;
    byte[] stream = concat(noise, input, input);

    List<Frame> frames = FrameRecorder.frame(framers.get(), stream).frames;

    List<String> expected = new ArrayList<>();
    for (long shift : new long[] {noise.length, noise.length + input.length}) {
      for (Frame frame : alone) {
        expected.add((frame.streamOffset() + shift) + " " + Hex.text(frame.raw()));
      }
    }
    assertThat(describe(frames)).isEqualTo(expected);
  }

  /** A stream that starts at any byte still yields every frame that starts at or after it. */
  public static void assertEveryLaterFrameIsFoundWhenStartingMidStream(
      Supplier<Framer> framers, byte[] input) {
    List<Frame> whole = FrameRecorder.frame(framers.get(), input).frames;
    for (int start = 1; start < input.length; start++) {
      List<Frame> frames =
          FrameRecorder.frame(framers.get(), Arrays.copyOfRange(input, start, input.length)).frames;
      List<String> expected = new ArrayList<>();
      for (Frame frame : whole) {
        if (frame.streamOffset() >= start) {
          expected.add((frame.streamOffset() - start) + " " + Hex.text(frame.raw()));
        }
      }
      assertThat(describe(frames)).as("starting at byte %d", start).isEqualTo(expected);
    }
  }

  private static String transcript(Framer framer, byte[] input, int chunk) {
    FrameRecorder recorder = new FrameRecorder();
    for (int at = 0; at < input.length; at += chunk) {
      framer.feed(input, at, Math.min(chunk, input.length - at), recorder);
    }
    framer.finish(recorder);
    return recorder.transcript();
  }

  private static String split(Framer framer, byte[] input, int split) {
    FrameRecorder recorder = new FrameRecorder();
    framer.feed(input, 0, split, recorder);
    framer.feed(input, split, input.length - split, recorder);
    framer.finish(recorder);
    return recorder.transcript();
  }

  private static String randomChunks(Framer framer, byte[] input, long seed) {
    Random random = new Random(seed);
    FrameRecorder recorder = new FrameRecorder();
    int at = 0;
    while (at < input.length) {
      int chunk = Math.min(1 + random.nextInt(40), input.length - at);
      framer.feed(input, at, chunk, recorder);
      at += chunk;
    }
    framer.finish(recorder);
    return recorder.transcript();
  }

  private static List<String> describe(List<Frame> frames) {
    List<String> lines = new ArrayList<>();
    for (Frame frame : frames) {
      lines.add(frame.streamOffset() + " " + Hex.text(frame.raw()));
    }
    return lines;
  }

  public static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
