package org.newsbot.ingest.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.newsbot.ingest.web.FetchException.Reason;

/**
 * Fetches web resources over HTTP/1.1 with every limit a bot that runs unattended needs. It follows
 * redirects itself and checks every hop's addresses before connecting, connecting to exactly the
 * address it checked, so a name that later resolves inside (DNS rebinding) cannot slip through.
 * Bodies are limited on the wire and again after decompression.
 */
public final class HttpFetcher {
  private static final int MAX_HEAD_LINES = 200;
  private static final int MAX_HEAD_LINE = 16 * 1024;

  private final FetchLimits limits;
  private final HostResolver resolver;
  private final Connector connector;
  private final HostLimiter hosts;

  public HttpFetcher(FetchLimits limits) {
    this(limits, HostResolver.SYSTEM, Connector.PLAIN);
  }

  /** With a resolver and connector of one's own: tests route names to loopback servers. */
  public HttpFetcher(FetchLimits limits, HostResolver resolver, Connector connector) {
    this.limits = limits;
    this.resolver = resolver;
    this.connector = connector;
    this.hosts = new HostLimiter(limits.perHostConcurrency());
  }

  public FetchLimits limits() {
    return limits;
  }

  /**
   * GETs {@code url}, following up to the redirect limit. Returns a 2xx response, or a 304 when the
   * conditional validators still hold; anything else is a {@link FetchException}.
   */
  public FetchResponse get(URI url, Conditional conditional, String accept) throws FetchException {
    URI current = url;
    Set<String> visited = new LinkedHashSet<>();
    visited.add(current.toString());
    for (int hop = 0; ; hop++) {
      Raw raw = exchange(current, conditional == null ? Conditional.NONE : conditional, accept);
      if (raw.status >= 300 && raw.status < 400 && raw.status != 304) {
        String location = raw.header("location");
        if (location == null) {
          throw new FetchException(Reason.BAD_RESPONSE, "HTTP " + raw.status + " redirect without a"
              + " Location from " + current.getHost(), raw.status, null);
        }
        URI next;
        try {
          next = Urls.resolve(current, location);
        } catch (RuntimeException e) {
          next = null;
        }
        if (next == null) {
          throw new FetchException(Reason.BAD_URL, "redirect from " + current + " to an unusable"
              + " address: " + shorten(location), raw.status, null);
        }
        if (!visited.add(next.toString())) {
          throw new FetchException(Reason.REDIRECT_LOOP, "redirect loop: " + String.join(" -> ",
              visited) + " -> " + next, raw.status, null);
        }
        if (hop + 1 > limits.maxRedirects()) {
          throw new FetchException(Reason.TOO_MANY_REDIRECTS, "more than " + limits.maxRedirects()
              + " redirects, starting at " + url, raw.status, null);
        }
        current = next;
        continue;
      }
      if (raw.status == 304 || (raw.status >= 200 && raw.status < 300)) {
        return new FetchResponse(current, raw.status, raw.headers, raw.body);
      }
      throw statusError(current, raw);
    }
  }

  private static FetchException statusError(URI url, Raw raw) {
    String status = "HTTP " + raw.status + (raw.reasonPhrase.isBlank() ? "" : " " + raw.reasonPhrase);
    if (raw.status == 429 || raw.status == 503) {
      Duration asked = RetryAfter.parse(raw.header("retry-after"), Instant.now());
      if (raw.status == 429 || asked != null) {
        // what is reported is the wait that happens: a longer request is cut to the longest honoured
        Duration wait = asked == null || asked.compareTo(FetchException.LONGEST_RETRY_AFTER) <= 0 ? asked
            : FetchException.LONGEST_RETRY_AFTER;
        String waiting = asked == null ? ""
            : wait == asked ? "; the server asks to wait " + Durations.describe(wait)
            : "; the server asks to wait " + Durations.describe(asked) + ", longer than newsbot honours, so it waits "
                + Durations.describe(wait);
        return new FetchException(Reason.RATE_LIMITED, "rate limited: " + status + " from " + url.getHost()
            + waiting, raw.status, wait);
      }
    }
    return new FetchException(Reason.HTTP_ERROR, status + " from " + url, raw.status, null);
  }

  /** One request and its response head, with the body read only for a 2xx status. */
  private record Raw(int status, String reasonPhrase, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return first(headers, name);
    }
  }

  private Raw exchange(URI url, Conditional conditional, String accept) throws FetchException {
    String host = url.getHost();
    String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    boolean tls = "https".equalsIgnoreCase(url.getScheme());
    int port = url.getPort() >= 0 ? url.getPort() : tls ? 443 : 80;
    InetAddress[] addresses = AddressGuard.check(bareHost, resolver, limits.allowPrivateAddresses());
    try {
      hosts.acquire(bareHost);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(Reason.TIMEOUT, "the fetch of " + url + " was interrupted");
    }
    try {
      long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
      try (Socket socket = connect(addresses, port, bareHost, deadline)) {
        Socket channel = tls ? startTls(socket, bareHost, port, deadline) : socket;
        writeRequest(channel.getOutputStream(), url, host, port, tls, conditional, accept);
        InputStream in = new BufferedInputStream(new DeadlineInputStream(channel.getInputStream(), channel,
            deadline, limits.readTimeout().toMillis(), bareHost), 8192);
        return readResponse(in, url);
      }
    } catch (FetchException e) {
      throw e;
    } catch (BodyTooLargeException e) {
      throw new FetchException(Reason.TOO_LARGE, e.getMessage() + " (" + url + ")");
    } catch (FetchTimeoutException e) {
      throw new FetchException(Reason.TIMEOUT, "timed out: " + e.getMessage() + " (" + url + ")");
    } catch (SSLException e) {
      throw new FetchException(Reason.TLS, "TLS with " + bareHost + " failed: " + e.getMessage());
    } catch (ZipException | EOFException e) {
      throw new FetchException(Reason.BAD_RESPONSE, "the response from " + bareHost + " is broken: "
          + e.getMessage());
    } catch (IOException e) {
      throw new FetchException(Reason.BAD_RESPONSE, "reading from " + bareHost + " failed: " + e.getMessage());
    } finally {
      hosts.release(bareHost);
    }
  }

  private Socket connect(InetAddress[] addresses, int port, String host, long deadline)
      throws FetchException {
    IOException last = null;
    for (InetAddress address : addresses) {
      long remaining = (deadline - System.nanoTime()) / 1_000_000;
      if (remaining <= 0) {
        break;
      }
      int timeout = (int) Math.max(1, Math.min(limits.connectTimeout().toMillis(), remaining));
      try {
        return connector.connect(new InetSocketAddress(address, port), timeout);
      } catch (IOException e) {
        last = e; // try the host's next address
      }
    }
    if (last instanceof SocketTimeoutException || last == null) {
      throw new FetchException(Reason.TIMEOUT, "timed out: could not connect to " + host + ":" + port
          + " within " + Durations.describe(limits.connectTimeout()));
    }
    String why = last instanceof ConnectException ? "connection refused"
        : last instanceof NoRouteToHostException ? "no route to host" : last.getMessage();
    throw new FetchException(Reason.CONNECT_FAILED, "cannot connect to " + host + ":" + port + ": " + why);
  }

  private Socket startTls(Socket plain, String host, int port, long deadline) throws IOException {
    SSLSocket socket = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
        .createSocket(plain, host, port, true);
    SSLParameters parameters = socket.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    if (!host.contains(":") && !host.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
      parameters.setServerNames(List.of(new SNIHostName(host)));
    }
    socket.setSSLParameters(parameters);
    long remaining = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    socket.setSoTimeout((int) Math.min(remaining, limits.readTimeout().toMillis()));
    try {
      socket.startHandshake();
    } catch (SocketTimeoutException e) {
      throw new FetchTimeoutException("the TLS handshake with " + host + " took longer than "
          + Durations.describe(limits.readTimeout()));
    }
    return socket;
  }

  private void writeRequest(OutputStream out, URI url, String host, int port, boolean tls,
      Conditional conditional, String accept) throws IOException {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    if (url.getRawQuery() != null) {
      path += "?" + url.getRawQuery();
    }
    boolean defaultPort = port == (tls ? 443 : 80);
    StringBuilder request = new StringBuilder(512)
        .append("GET ").append(path).append(" HTTP/1.1\r\n")
        .append("Host: ").append(host).append(defaultPort ? "" : ":" + port).append("\r\n")
        .append("User-Agent: ").append(clean(limits.userAgent())).append("\r\n")
        .append("Accept: ").append(accept == null ? "*/*" : clean(accept)).append("\r\n")
        .append("Accept-Encoding: gzip, deflate\r\n")
        .append("Connection: close\r\n");
    if (conditional.etag() != null && !clean(conditional.etag()).isEmpty()) {
      request.append("If-None-Match: ").append(clean(conditional.etag())).append("\r\n");
    }
    if (conditional.lastModified() != null && !clean(conditional.lastModified()).isEmpty()) {
      request.append("If-Modified-Since: ").append(clean(conditional.lastModified())).append("\r\n");
    }
    request.append("\r\n");
    out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** A header value without control characters, so a stored validator cannot split the request. */
  private static String clean(String value) {
    return value.replaceAll("[\\x00-\\x1f\\x7f]", "").strip();
  }

  private Raw readResponse(InputStream in, URI url) throws IOException, FetchException {
    while (true) {
      String statusLine = HttpLines.readLine(in, MAX_HEAD_LINE);
      if (statusLine == null) {
        throw new FetchException(Reason.BAD_RESPONSE, url.getHost() + " closed the connection without"
            + " a response");
      }
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
        throw new FetchException(Reason.BAD_RESPONSE, url.getHost() + " did not answer in HTTP/1.x: "
            + shorten(statusLine));
      }
      int status = Integer.parseInt(parts[1]);
      Map<String, List<String>> headers = readHeaders(in, url);
      if (status >= 100 && status < 200) {
        continue; // 100 Continue and other interim responses precede the real one
      }
      String reasonPhrase = parts.length > 2 ? parts[2].strip() : "";
      if (status < 200 || status >= 300) {
        return new Raw(status, reasonPhrase, headers, new byte[0]);
      }
      return new Raw(status, reasonPhrase, headers, status == 204 ? new byte[0] : readBody(in, headers));
    }
  }

  private static Map<String, List<String>> readHeaders(InputStream in, URI url)
      throws IOException, FetchException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    String previous = null;
    for (int count = 0; ; count++) {
      if (count > MAX_HEAD_LINES) {
        throw new FetchException(Reason.BAD_RESPONSE, url.getHost() + " sent more than " + MAX_HEAD_LINES
            + " header lines");
      }
      String line = HttpLines.readLine(in, MAX_HEAD_LINE);
      if (line == null) {
        throw new FetchException(Reason.BAD_RESPONSE, url.getHost() + " closed the connection inside"
            + " the response head");
      }
      if (line.isEmpty()) {
        return headers;
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && previous != null) {
        List<String> values = headers.get(previous);
        values.set(values.size() - 1, values.getLast() + " " + line.strip());
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      previous = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      headers.computeIfAbsent(previous, ignored -> new ArrayList<>()).add(line.substring(colon + 1).strip());
    }
  }

  private byte[] readBody(InputStream in, Map<String, List<String>> headers) throws IOException {
    long max = limits.maxBodyBytes();
    String limit = Durations.bytes(max);
    InputStream body;
    String transfer = first(headers, "transfer-encoding");
    String length = first(headers, "content-length");
    long declared = -1;
    if (transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = new ChunkedInputStream(in);
    } else if (length != null) {
      try {
        declared = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw new IOException("bad Content-Length '" + length + "'");
      }
      if (declared > max) {
        throw new BodyTooLargeException("the response declares " + Durations.bytes(declared)
            + ", over the " + limit + " limit; not read");
      }
      body = new FixedLengthInputStream(in, declared);
    } else {
      body = in;
    }
    body = new LimitedInputStream(body, max, "response body over the " + limit + " limit; cut off");
    body = decode(body, first(headers, "content-encoding"));
    body = new LimitedInputStream(body, max, "decompressed body over the " + limit
        + " limit (a compression bomb?); cut off");
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 8192), 1 << 20));
    body.transferTo(out);
    return out.toByteArray();
  }

  private static InputStream decode(InputStream body, String encoding) throws IOException {
    if (encoding == null) {
      return body;
    }
    String value = encoding.strip().toLowerCase(Locale.ROOT);
    switch (value) {
      case "", "identity", "none" -> {
        return body;
      }
      case "gzip", "x-gzip" -> {
        return new GZIPInputStream(body, 8192);
      }
      case "deflate" -> {
        // servers send both zlib-wrapped and raw deflate under this name
        PushbackInputStream peek = new PushbackInputStream(body, 2);
        int b0 = peek.read();
        int b1 = peek.read();
        if (b1 >= 0) {
          peek.unread(b1);
        }
        if (b0 >= 0) {
          peek.unread(b0);
        }
        boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
        return new InflaterInputStream(peek, new Inflater(!zlib), 8192);
      }
      default -> throw new IOException("unsupported Content-Encoding '" + encoding + "'");
    }
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  private static String shorten(String text) {
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }
}
