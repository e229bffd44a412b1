package org.newsbot.ingest.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The special-purpose address blocks of {@code special-addresses.tsv} (after the IANA registries),
 * each with what to do with an address in it. The longest block that holds an address decides.
 */
final class SpecialAddresses {
  private static final List<Block> BLOCKS = load();

  private SpecialAddresses() {}

  /** A block: its first address's bytes, prefix length, verdict and the kind messages name. */
  record Block(byte[] network, int prefix, String verdict, String kind) {
    boolean holds(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[full] & mask) == (network[full] & mask);
    }

    /** The byte at which an embedded IPv4 address starts, or -1. */
    int embeddedAt() {
      return verdict.startsWith("embeds@") ? Integer.parseInt(verdict.substring("embeds@".length())) : -1;
    }
  }

  /** What kind of address that must not be fetched this is, or null for a globally reachable one. */
  static String problem(byte[] address) {
    Block block = longest(address);
    if (block == null || block.verdict().equals("allow")) {
      return null;
    }
    int at = block.embeddedAt();
    if (at < 0) {
      return block.kind();
    }
    byte[] four = {address[at], address[at + 1], address[at + 2], address[at + 3]};
    String inner = problem(four);
    return inner == null ? null : inner + " (in " + block.kind() + " form)";
  }

  static Block longest(byte[] address) {
    Block best = null;
    for (Block block : BLOCKS) {
      if (block.holds(address) && (best == null || block.prefix() > best.prefix())) {
        best = block;
      }
    }
    return best;
  }

  static List<Block> blocks() {
    return BLOCKS;
  }

  private static List<Block> load() {
    List<Block> blocks = new ArrayList<>();
    try (InputStream in = SpecialAddresses.class.getResourceAsStream("special-addresses.tsv")) {
      if (in == null) {
        throw new IllegalStateException("special-addresses.tsv is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        String[] block = fields[0].split("/");
        // literals only: no lookup happens here
        byte[] network = InetAddress.getByName(block[0]).getAddress();
        blocks.add(new Block(network, Integer.parseInt(block[1]), fields[1], fields[2]));
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException("special-addresses.tsv holds a block that is not an address", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    blocks.sort(Comparator.comparingInt(Block::prefix));
    return List.copyOf(blocks);
  }
}
