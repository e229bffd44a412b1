package org.newsbot.ops;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A name for this newsbot process among the instances that share a database: the host, the
 * process id and a random part, so a restarted process on the same host is a new owner of leases.
 */
public final class InstanceId {
  private static final SecureRandom RANDOM = new SecureRandom();

  private InstanceId() {}

  public static String generate() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "unknown-host";
    }
    if (host.length() > 100) {
      host = host.substring(0, 100);
    }
    byte[] random = new byte[4];
    RANDOM.nextBytes(random);
    return host + "/" + ProcessHandle.current().pid() + "/" + HexFormat.of().formatHex(random);
  }
}
