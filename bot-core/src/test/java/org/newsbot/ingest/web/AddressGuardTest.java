package org.newsbot.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

  /**
   * Every block of the IANA IPv4 and IPv6 special-purpose registries (copies in the test
   * resources): the first and last address of a block that is not globally reachable are refused,
   * those of a globally reachable one let through (with a public IPv4 address in the low 32 bits
   * of a large IPv6 block, which a translation prefix carries).
   */
  @ParameterizedTest
  @ValueSource(strings = {"iana-ipv4-special-registry.csv", "iana-ipv6-special-registry.csv"})
  void followsTheIanaSpecialPurposeRegistries(String registry) throws Exception {
    int checked = 0;
    for (String line : lines(registry)) {
      if (line.startsWith("Address Block")) {
        continue;
      }
      String[] fields = line.split(",");
      String block = fields[0];
      String reachable = fields[fields.length - 1];
      byte[] first = InetAddress.getByName(block.split("/")[0]).getAddress();
      int prefix = Integer.parseInt(block.split("/")[1]);
      byte[] last = first.clone();
      for (int bit = prefix; bit < last.length * 8; bit++) {
        last[bit / 8] |= (byte) (0x80 >>> (bit % 8));
      }
      switch (reachable) {
        case "False" -> {
          assertThat(AddressGuard.problem(InetAddress.getByAddress(first))).as(block + " first").isNotNull();
          assertThat(AddressGuard.problem(InetAddress.getByAddress(last))).as(block + " last").isNotNull();
          checked++;
        }
        case "True" -> {
          for (byte[] address : List.of(first, last)) {
            if (address.length == 16 && prefix <= 96) {
              System.arraycopy(new byte[] {8, 8, 8, 8}, 0, address, 12, 4);
            }
            assertThat(AddressGuard.problem(InetAddress.getByAddress(address))).as(block).isNull();
          }
          checked++;
        }
        default -> {
          // N/A (6to4, Teredo, deprecated blocks): decided by the forms in address-guard-cases.tsv
        }
      }
    }
    assertThat(checked).isGreaterThan(15);
  }

  /** The guard's verdict on each address of {@code address-guard-cases.tsv}. */
  @Test
  void namesEachKindOfAddress() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (String line : lines("address-guard-cases.tsv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      String expected = fields[1].equals("public") ? null : fields[1];
      String actual = AddressGuard.problem(InetAddress.getByName(fields[0]));
      if (!java.util.Objects.equals(expected, actual)) {
        wrong.add(fields[0] + ": expected " + expected + ", got " + actual);
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static List<String> lines(String resource) throws Exception {
    try (var in = AddressGuardTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Test
  void aNameWithAnyInsideAddressIsRefusedAsAWhole() throws Exception {
    InetAddress outside = InetAddress.getByName("93.184.216.34");
    InetAddress inside = InetAddress.getByName("10.0.0.5");
    HostResolver both = host -> new InetAddress[] {outside, inside};

    assertThatThrownBy(() -> AddressGuard.check("news.example", both, false))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("news.example resolves to 10.0.0.5, a private address")
        .extracting(e -> ((FetchException) e).reason()).isEqualTo(FetchException.Reason.REFUSED_ADDRESS);
    assertThat(AddressGuard.check("news.example", both, true)).containsExactly(outside, inside);
  }

  @Test
  void anUnknownNameIsReportedAsSuch() {
    assertThatThrownBy(() -> AddressGuard.check("nowhere.invalid", HostResolver.SYSTEM, false))
        .isInstanceOf(FetchException.class).hasMessageContaining("cannot resolve the host nowhere.invalid");
  }
}
