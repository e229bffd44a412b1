package org.newsbot.ingest.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Opens a TCP connection to an address that has passed the address check. Plain sockets unless
 * tests route a documentation address to a loopback server.
 */
@FunctionalInterface
public interface Connector {
  Connector PLAIN = (address, timeoutMillis) -> {
    Socket socket = new Socket();
    try {
      socket.connect(address, timeoutMillis);
      return socket;
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  };

  Socket connect(InetSocketAddress address, int timeoutMillis) throws IOException;
}
