package org.newsbot.ingest.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Keeps fetches away from the machine and its networks: addresses that are loopback, private,
 * link-local, multicast, unspecified or otherwise not public are refused, including IPv4 addresses
 * wrapped in IPv6 forms.
 */
final class AddressGuard {
  private AddressGuard() {}

  /** What kind of non-public address this is, or null for a public one. */
  static String problem(InetAddress address) {
    if (address instanceof Inet4Address) {
      return problem4(address.getAddress());
    }
    byte[] b = address.getAddress();
    if (address.isAnyLocalAddress()) {
      return "unspecified";
    }
    if (address.isLoopbackAddress()) {
      return "loopback";
    }
    if (address.isLinkLocalAddress()) {
      return "link-local";
    }
    if (address.isSiteLocalAddress() || (b[0] & 0xfe) == 0xfc) {
      return "private";
    }
    if (address.isMulticastAddress()) {
      return "multicast";
    }
    if (address instanceof Inet6Address six && six.isIPv4CompatibleAddress()) {
      return embedded(b, 12);
    }
    if (isPrefix(b, new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff})) {
      return embedded(b, 12);
    }
    if (isPrefix(b, new int[] {0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0})) {
      return embedded(b, 12); // NAT64
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
      return embedded(b, 2); // 6to4
    }
    return null;
  }

  private static String embedded(byte[] b, int from) {
    byte[] four = {b[from], b[from + 1], b[from + 2], b[from + 3]};
    return problem4(four);
  }

  private static String problem4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    if (a0 == 0) {
      return "unspecified";
    }
    if (a0 == 127) {
      return "loopback";
    }
    if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
      return "private";
    }
    if (a0 == 100 && a1 >= 64 && a1 <= 127) {
      return "private (carrier-grade NAT)";
    }
    if (a0 == 169 && a1 == 254) {
      return "link-local";
    }
    if (a0 >= 224 && a0 <= 239) {
      return "multicast";
    }
    if (a0 >= 240) {
      return "reserved";
    }
    if (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) {
      return "reserved";
    }
    return null;
  }

  private static boolean isPrefix(byte[] bytes, int[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static boolean isLiteral(String host) {
    return host.indexOf(':') >= 0 || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }

  /**
   * The addresses of {@code host}, refused as a whole when any of them is not public: a name that
   * also points inside is not trusted at all.
   */
  static InetAddress[] check(String host, HostResolver resolver, boolean allowPrivate)
      throws FetchException {
    InetAddress[] addresses;
    try {
      // a literal address needs no lookup, and must not be handed to a resolver that might do one
      addresses = isLiteral(host) ? new InetAddress[] {InetAddress.getByName(host)} : resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new FetchException(FetchException.Reason.UNKNOWN_HOST, "cannot resolve the host " + host);
    } catch (RuntimeException e) {
      throw new FetchException(FetchException.Reason.UNKNOWN_HOST, "cannot resolve the host " + host
          + ": " + e.getMessage());
    }
    if (addresses == null || addresses.length == 0) {
      throw new FetchException(FetchException.Reason.UNKNOWN_HOST, "cannot resolve the host " + host);
    }
    if (!allowPrivate) {
      for (InetAddress address : addresses) {
        String problem = problem(address);
        if (problem != null) {
          throw new FetchException(FetchException.Reason.REFUSED_ADDRESS, "refused: " + host
              + " resolves to " + address.getHostAddress() + ", a " + problem
              + " address (sources.allow-private-addresses is off)");
        }
      }
    }
    return addresses;
  }
}
