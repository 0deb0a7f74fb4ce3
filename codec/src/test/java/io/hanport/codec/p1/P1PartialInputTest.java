package io.hanport.codec.p1;

import static org.assertj.core.api.Assertions.assertThat;

import io.hanport.codec.wire.P1Frame;
import io.hanport.codec.wire.Reason;
import io.hanport.codec.wire.Rejection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ARCHITECTURE.md rule 7: every capture whole, one byte at a time, split at every index, in random
 * chunks, after leading garbage and back to back; the framer reports the same frames and
 * rejections, in the same order at the same offsets, every time.
 */
class P1PartialInputTest {

  private static final byte[] LEADING_GARBAGE =
      "\u0000\u00ff\u0002noise 1-2\r\n".getBytes(StandardCharsets.ISO_8859_1);

  static List<String> captures() {
    return Captures.all();
  }

  @ParameterizedTest
  @MethodSource("captures")
  void oneByteAtATimeGivesTheSameResult(String capture) {
    byte[] stream = Captures.bytes(capture);

    assertThat(inChunks(stream, new int[] {1})).isEqualTo(whole(stream));
  }

  @ParameterizedTest
  @MethodSource("captures")
  void splitAtEveryIndexGivesTheSameResult(String capture) {
    byte[] stream = Captures.bytes(capture);
    List<String> expected = whole(stream);
    for (int split = 0; split <= stream.length; split++) {
      assertThat(inChunks(stream, new int[] {split, stream.length}))
          .as("split at %d", split).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("captures")
  void randomChunksGiveTheSameResult(String capture) {
    byte[] stream = backToBack(Captures.bytes(capture), 3);
    List<String> expected = whole(stream);
    for (long seed = 1; seed <= 20; seed++) {
      assertThat(inChunks(stream, randomChunkSizes(new Random(seed), stream.length)))
          .as("seed %d", seed).isEqualTo(expected);
    }
  }

  /** Garbage before a capture is one GARBAGE run at 0; what follows is unchanged, shifted. */
  @ParameterizedTest
  @MethodSource("captures")
  void leadingGarbageIsOneRejectionAndChangesNothingElse(String capture) {
    byte[] original = Captures.bytes(capture);
    byte[] stream = concat(LEADING_GARBAGE, original);
    Recorder reference = Recorder.frameWhole(original);
    Recorder recorder = Recorder.frameWhole(stream);

    assertThat(recorder.rejections).first().satisfies(first -> {
      assertThat(first.reason()).isEqualTo(Reason.GARBAGE);
      assertThat(first.streamOffset()).isZero();
      assertThat(first.length()).isGreaterThanOrEqualTo(LEADING_GARBAGE.length);
    });
    assertThat(framesShifted(recorder.frames, -LEADING_GARBAGE.length))
        .isEqualTo(framesShifted(reference.frames, 0));
    assertThat(laterRejectionsShifted(recorder.rejections, -LEADING_GARBAGE.length))
        .isEqualTo(laterRejectionsShifted(reference.rejections, 0));
    assertThat(inChunks(stream, new int[] {1})).isEqualTo(whole(stream));
  }

  /** Three copies in one stream: each decodable capture gives three identical telegrams. */
  @ParameterizedTest
  @MethodSource("decodable")
  void backToBackCopiesGiveOneFrameEach(String capture) {
    byte[] original = Captures.bytes(capture);
    Recorder recorder = Recorder.frameWhole(backToBack(original, 3));

    assertThat(recorder.frames).hasSize(3);
    assertThat(recorder.frames).allSatisfy(frame ->
        assertThat(frame.raw()).isEqualTo(recorder.frames.get(0).raw()));
    assertThat(recorder.frames.get(2).streamOffset() - recorder.frames.get(1).streamOffset())
        .isEqualTo(original.length);
  }

  static List<String> decodable() {
    return Captures.decodable();
  }

  private static List<String> whole(byte[] stream) {
    return Recorder.frameWhole(stream).events;
  }

  /** Feeds chunks of the given sizes, cycling through them (a size 0 feeds an empty chunk). */
  private static List<String> inChunks(byte[] stream, int[] sizes) {
    P1Framer framer = new P1Framer();
    Recorder recorder = new Recorder();
    int offset = 0;
    for (int i = 0; offset < stream.length; i++) {
      int size = Math.min(sizes[i % sizes.length], stream.length - offset);
      framer.feed(stream, offset, size, recorder);
      offset += size;
    }
    framer.finish(recorder);
    return recorder.events;
  }

  private static int[] randomChunkSizes(Random random, int length) {
    int[] sizes = new int[length];
    for (int i = 0; i < length; i++) {
      sizes[i] = random.nextInt(random.nextBoolean() ? 8 : 300);
    }
    sizes[0] = Math.max(sizes[0], 1);
    return sizes;
  }

  private static List<String> framesShifted(List<P1Frame> frames, long shift) {
    List<String> shifted = new ArrayList<>();
    for (P1Frame frame : frames) {
      shifted.add((frame.streamOffset() + shift) + " " + frame.checksumVerified() + " "
          + new String(frame.raw(), StandardCharsets.ISO_8859_1));
    }
    return shifted;
  }

  /** Rejections after any leading GARBAGE run at offset 0. */
  private static List<Rejection> laterRejectionsShifted(List<Rejection> rejections, long shift) {
    List<Rejection> shifted = new ArrayList<>();
    for (Rejection r : rejections) {
      if (r.reason() != Reason.GARBAGE || r.streamOffset() != 0) {
        shifted.add(new Rejection(r.reason(), r.streamOffset() + shift, r.length(), r.detail()));
      }
    }
    return shifted;
  }

  private static byte[] backToBack(byte[] capture, int copies) {
    byte[] stream = new byte[0];
    for (int i = 0; i < copies; i++) {
      stream = concat(stream, capture);
    }
    return stream;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
