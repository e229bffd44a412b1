package org.newsbot.telegram;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.SocketFactory;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Lets long polling end at once and without an error. Cancelling the waiting getUpdates call would
 * make the polling library log an error, so instead {@link #stop()} closes the polling sockets, and
 * a getUpdates call that fails (or starts) after that answers "no updates".
 */
final class QuietStop implements Interceptor {
  private static final MediaType JSON = MediaType.get("application/json");

  private final AtomicBoolean stopping = new AtomicBoolean();
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final SocketFactory socketFactory = new Tracking(SocketFactory.getDefault());

  /** The socket factory for the polling client, so {@link #stop()} can close its sockets. */
  SocketFactory socketFactory() {
    return socketFactory;
  }

  void stop() {
    stopping.set(true);
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    sockets.clear();
  }

  static boolean isGetUpdates(Request request) {
    var segments = request.url().pathSegments();
    return !segments.isEmpty() && segments.get(segments.size() - 1).equalsIgnoreCase("getupdates");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (!isGetUpdates(chain.request())) {
      return chain.proceed(chain.request());
    }
    if (stopping.get()) {
      return noUpdates(chain);
    }
    try {
      return chain.proceed(chain.request());
    } catch (IOException e) {
      if (stopping.get()) {
        return noUpdates(chain);
      }
      throw e;
    }
  }

  private static Response noUpdates(Chain chain) {
    return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
        .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", JSON)).build();
  }

  /** Remembers the sockets it makes, forgetting closed ones as it goes. */
  private final class Tracking extends SocketFactory {
    private final SocketFactory delegate;

    Tracking(SocketFactory delegate) {
      this.delegate = delegate;
    }

    private Socket track(Socket socket) throws IOException {
      sockets.removeIf(Socket::isClosed);
      if (stopping.get()) {
        socket.close();
        throw new IOException("the Telegram bot is stopping");
      }
      sockets.add(socket);
      return socket;
    }

    @Override
    public Socket createSocket() throws IOException {
      return track(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return track(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
      return track(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return track(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
        throws IOException {
      return track(delegate.createSocket(address, port, localAddress, localPort));
    }
  }
}
