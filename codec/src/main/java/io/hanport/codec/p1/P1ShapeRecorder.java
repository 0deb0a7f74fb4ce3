package io.hanport.codec.p1;

import io.hanport.codec.obis.CosemObject;
import java.util.Arrays;
import java.util.List;

/**
 * What the line reader found in the last telegram it read: each object's code, spec and value
 * groups. Cheap to keep, since most streams never need it (issue 2's performance target): a
 * {@link P1Shape} is made from it only once the next telegram is as long, so a meter whose
 * telegrams change length pays for the recording alone. One per decoder, reused.
 */
final class P1ShapeRecorder {

  private long[] keys = new long[64];
  private P1ObjectSpec[] specs = new P1ObjectSpec[64];
  private int[] groupCounts = new int[64];
  private int[] bounds = new int[256];
  private boolean[] wrapped = new boolean[128];
  private int objectCount;
  private int groupCount;
  private byte[] raw;
  private int end = -1;
  private String header;
  private List<CosemObject> built;

  /** Forgets the last telegram: the line reader starts another. */
  void clear() {
    objectCount = 0;
    groupCount = 0;
    end = -1;
    raw = null;
    built = null;
  }

  /** One object, whose value groups are {@code groupBounds[0, 2 × count)}. */
  void add(long key, P1ObjectSpec spec, int[] groupBounds, boolean[] groupWrapped, int count) {
    if (objectCount == keys.length) {
      keys = Arrays.copyOf(keys, 2 * objectCount);
      specs = Arrays.copyOf(specs, 2 * objectCount);
      groupCounts = Arrays.copyOf(groupCounts, 2 * objectCount);
    }
    if (groupCount + count > wrapped.length) {
      wrapped = Arrays.copyOf(wrapped, 2 * (groupCount + count));
      bounds = Arrays.copyOf(bounds, 2 * wrapped.length);
    }
    keys[objectCount] = key;
    specs[objectCount] = spec;
    groupCounts[objectCount++] = count;
    System.arraycopy(groupBounds, 0, bounds, 2 * groupCount, 2 * count);
    System.arraycopy(groupWrapped, 0, wrapped, groupCount, count);
    groupCount += count;
  }

  /** The telegram is read: {@code objects} are what the line reader built from {@code telegram}. */
  void finish(byte[] telegram, int bang, String headerText, List<CosemObject> objects) {
    raw = telegram;
    end = bang;
    header = headerText;
    built = objects;
  }

  /** Whether a telegram whose '!' is at {@code bang} could have the recorded telegram's shape. */
  boolean sameLength(int bang) {
    return end >= 0 && end == bang;
  }

  /** The recorded telegram's shape; the recording is used up. */
  P1Shape shape() {
    P1ObjectLayout[] layouts = new P1ObjectLayout[objectCount];
    int group = 0;
    for (int i = 0; i < objectCount; i++) {
      int count = groupCounts[i];
      layouts[i] = P1ObjectLayout.of(keys[i], specs[i],
          Arrays.copyOfRange(bounds, 2 * group, 2 * (group + count)),
          Arrays.copyOfRange(wrapped, group, group + count), built.get(i), raw);
      group += count;
    }
    P1Shape shape = new P1Shape(raw, end, header, layouts);
    clear();
    return shape;
  }
}
