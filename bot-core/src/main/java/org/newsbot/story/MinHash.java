package org.newsbot.story;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures over word shingles, and the LSH bands that find candidates sharing a band.
 * The share of equal signature slots estimates the Jaccard similarity of two texts' shingle sets.
 */
final class MinHash {
  static final int HASHES = 128;
  static final int BANDS = 32;
  static final int ROWS = HASHES / BANDS;
  static final int SHINGLE_WORDS = 3;
  /** Fewer shingles than this say too little to call two texts the same story. */
  static final int MIN_SHINGLES = 12;

  private static final long[] SEEDS = seeds();

  private MinHash() {}

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long state = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
    return seeds;
  }

  /** The text's word shingles, as 64-bit hashes; empty when the text is too short to judge. */
  static long[] shingles(String text) {
    List<String> words = words(text);
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
      long hash = 0xcbf29ce484222325L;
      for (int j = i; j < i + SHINGLE_WORDS; j++) {
        hash = fnv(hash, words.get(j));
        hash = (hash ^ ' ') * 0x100000001b3L;
      }
      shingles.add(mix(hash));
    }
    if (shingles.size() < MIN_SHINGLES) {
      return new long[0];
    }
    return shingles.stream().mapToLong(Long::longValue).toArray();
  }

  static List<String> words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (!word.isEmpty()) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }

  static int[] signature(long[] shingles) {
    int[] signature = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      long seed = SEEDS[i];
      long min = Long.MAX_VALUE;
      for (long shingle : shingles) {
        long value = mix(shingle ^ seed) >>> 1;
        if (value < min) {
          min = value;
        }
      }
      signature[i] = (int) (min >>> 31);
    }
    return signature;
  }

  /** One hash per band; the band's number is mixed in so equal rows in different bands differ. */
  static long[] bands(int[] signature) {
    long[] bands = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long hash = mix(band + 1L);
      for (int row = 0; row < ROWS; row++) {
        hash = mix(hash * 31 + signature[band * ROWS + row]);
      }
      bands[band] = hash;
    }
    return bands;
  }

  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  static byte[] toBytes(int[] signature) {
    ByteBuffer buffer = ByteBuffer.allocate(signature.length * 4);
    for (int value : signature) {
      buffer.putInt(value);
    }
    return buffer.array();
  }

  static int[] fromBytes(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    int[] signature = new int[bytes.length / 4];
    for (int i = 0; i < signature.length; i++) {
      signature[i] = buffer.getInt();
    }
    return signature;
  }

  private static long fnv(long hash, String word) {
    for (int i = 0; i < word.length(); i++) {
      hash = (hash ^ word.charAt(i)) * 0x100000001b3L;
    }
    return hash;
  }

  /** The 64-bit finaliser of MurmurHash3: spreads every input bit over the output. */
  static long mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
