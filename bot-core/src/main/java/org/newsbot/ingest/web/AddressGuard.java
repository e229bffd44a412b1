package org.newsbot.ingest.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Keeps fetches away from the machine and its networks: every address in a special-purpose block
 * that is not globally reachable ({@link SpecialAddresses}: loopback, private, link-local,
 * multicast, documentation, benchmarking, NAT64 local use, discard-only, ...) is refused, and so
 * is an IPv6 form that carries such an IPv4 address (6to4, NAT64, IPv4-compatible).
 */
final class AddressGuard {
  private AddressGuard() {}

  /** What kind of address this is when it is not globally reachable, or null for one that is. */
  static String problem(InetAddress address) {
    return SpecialAddresses.problem(address.getAddress());
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
