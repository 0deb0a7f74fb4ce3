package io.hanport.app.sim;

/**
 * Stateless pseudo-random numbers keyed by (seed, what, when). The household model draws every
 * random choice from here instead of a sequential generator, so any instant can be computed on its
 * own and the same seed always gives the same household, whatever order the instants are asked in.
 */
final class SeedHash {

  private SeedHash() {}

  /** SplitMix64's finalizer: a cheap bijective mix with full avalanche. */
  static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long hash(long seed, long key, long index) {
    return mix(mix(mix(seed) + key) + index * 0x9E3779B97F4A7C15L);
  }

  /** A uniform draw in [0, 1). */
  static double unit(long seed, long key, long index) {
    return (hash(seed, key, index) >>> 11) * 0x1.0p-53;
  }

  /** A uniform draw in [from, to). */
  static double between(long seed, long key, long index, double from, double to) {
    return from + (to - from) * unit(seed, key, index);
  }

  /** A uniform integer in [0, bound). */
  static int below(long seed, long key, long index, int bound) {
    return (int) Math.floorMod(hash(seed, key, index), (long) bound);
  }
}
