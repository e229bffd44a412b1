package org.newsbot.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The name resolver of the test JVM: names under {@code .test} (reserved for testing) resolve to
 * 127.0.0.1, localhost and this machine's own name resolve as usual, and every other name fails.
 * So no test can reach beyond loopback, even by a DNS lookup for an article link in a feed.
 */
public final class LoopbackOnlyResolverProvider extends InetAddressResolverProvider {
  @Override
  public InetAddressResolver get(Configuration configuration) {
    InetAddressResolver builtin = configuration.builtinResolver();
    String localName = configuration.lookupLocalHostName();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".test")) {
          return Stream.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        }
        if (name.equals("localhost") || host.equalsIgnoreCase(localName)) {
          return builtin.lookupByName(host, policy);
        }
        throw new UnknownHostException(host + ": tests resolve only loopback names");
      }

      @Override
      public String lookupByAddress(byte[] address) throws UnknownHostException {
        return builtin.lookupByAddress(address);
      }
    };
  }

  @Override
  public String name() {
    return "newsbot-tests-loopback-only";
  }
}
