package org.newsbot.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressGuardTest {

  @ParameterizedTest
  @CsvSource({
      "127.0.0.1, loopback", "127.5.6.7, loopback", "::1, loopback",
      "10.1.2.3, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.1, private",
      "fd12:3456::1, private", "fc00::1, private",
      "169.254.169.254, link-local", "fe80::1, link-local",
      "224.0.0.1, multicast", "ff02::1, multicast",
      "0.0.0.0, unspecified", "::, unspecified",
      "::ffff:10.0.0.1, private", "64:ff9b::a00:1, private", "2002:c0a8:0101::1, private",
      "100.64.0.1, private (carrier-grade NAT)", "240.0.0.1, reserved", "255.255.255.255, reserved"})
  void refusesAddressesThatAreNotPublic(String literal, String problem) throws Exception {
    assertThat(AddressGuard.problem(InetAddress.getByName(literal))).isEqualTo(problem);
  }

  @ParameterizedTest
  @CsvSource({"93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111", "203.0.113.7"})
  void letsPublicAddressesThrough(String literal) throws Exception {
    assertThat(AddressGuard.problem(InetAddress.getByName(literal))).isNull();
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
