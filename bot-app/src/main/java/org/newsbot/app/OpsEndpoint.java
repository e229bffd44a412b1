package org.newsbot.app;

import java.net.InetSocketAddress;
import org.newsbot.Newsbot;
import org.newsbot.ops.OpsServer;

/**
 * The {@code http.*} settings: the endpoint that serves {@code /health} and {@code /metrics}. It is
 * off unless {@code http.port} is set (0 picks a free port); {@code http.bind} is the address it
 * listens on, 127.0.0.1 unless set, so only this machine can reach it.
 */
final class OpsEndpoint {
  static final String DEFAULT_BIND = "127.0.0.1";

  private OpsEndpoint() {}

  /** Where to listen, or null when the endpoint is off. */
  static InetSocketAddress address(AppConfig config) {
    String port = config.get("http.port");
    if (port == null || port.isBlank()) {
      return null;
    }
    int number;
    try {
      number = Integer.parseInt(port.strip());
    } catch (NumberFormatException e) {
      throw new AppConfig.ConfigException("http.port must be a port number, not '" + port + "'");
    }
    if (number < 0 || number > 65535) {
      throw new AppConfig.ConfigException("http.port must be between 0 and 65535, not " + number);
    }
    String bind = config.get("http.bind", DEFAULT_BIND).strip();
    if (bind.isEmpty()) {
      throw new AppConfig.ConfigException("http.bind must name an address to listen on");
    }
    return new InetSocketAddress(bind, number);
  }

  /** Starts the endpoint when configured and says where it listens; null when it is off. */
  static OpsServer startIfConfigured(AppConfig config, Newsbot newsbot) {
    InetSocketAddress address = address(config);
    if (address == null) {
      return null;
    }
    if (address.isUnresolved()) {
      throw new AppConfig.ConfigException("http.bind: cannot resolve " + address.getHostString());
    }
    OpsServer server = OpsServer.start(address, newsbot.health(), newsbot.metrics());
    System.err.println("newsbot: /health and /metrics on http://" + address.getHostString() + ":"
        + server.address().getPort());
    return server;
  }
}
