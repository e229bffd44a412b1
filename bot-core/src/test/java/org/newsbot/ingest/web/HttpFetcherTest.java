package org.newsbot.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsbot.ingest.web.FetchException.Reason;
import org.newsbot.testing.TestWeb;

class HttpFetcherTest {
  private static final long LIMIT = 2L << 20;
  private static final long FIFTY_MB = 50L << 20;
  private static TestWeb web;
  private static final AtomicInteger inFlight = new AtomicInteger();
  private static final AtomicInteger maxInFlight = new AtomicInteger();

  private static FetchLimits limits(boolean allowPrivate) {
    return new FetchLimits(allowPrivate, Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofMillis(2000),
        LIMIT, 5, 2, "newsbot-test/1.0");
  }

  private static final HttpFetcher fetcher = new HttpFetcher(limits(true));

  @BeforeAll
  static void serve() throws IOException {
    web = new TestWeb();
    web.route("/ok", exchange -> {
      if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("ETag", "\"v1\"");
      exchange.getResponseHeaders().set("Last-Modified", "Tue, 02 Apr 2024 10:00:00 GMT");
      exchange.getResponseHeaders().set("Cache-Control", "public, max-age=600");
      TestWeb.send(exchange, 200, "text/plain; charset=ISO-8859-1", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    });
    web.route("/gzip", exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      TestWeb.send(exchange, 200, "text/plain", gzip("compressed hello".getBytes(StandardCharsets.UTF_8)));
    });
    web.route("/chunked", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
      }
    });
    web.route("/500", exchange -> TestWeb.send(exchange, 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8)));
    web.route("/429", exchange -> {
      exchange.getResponseHeaders().set("Retry-After", "120");
      TestWeb.send(exchange, 429, "text/plain", new byte[0]);
    });
    web.route("/503", exchange -> {
      exchange.getResponseHeaders().set("Retry-After", "Wed, 21 Oct 2099 07:28:00 GMT");
      TestWeb.send(exchange, 503, "text/plain", new byte[0]);
    });
    web.route("/slow", exchange -> web.holdUntilClosed());
    web.route("/drip", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      for (int i = 0; i < 600; i++) {
        out.write('x');
        out.flush();
        sleep(100);
      }
    });
    web.route("/huge-declared", exchange -> {
      exchange.sendResponseHeaders(200, FIFTY_MB);
      writeZeros(exchange.getResponseBody(), FIFTY_MB);
    });
    web.route("/huge-chunked", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      writeZeros(exchange.getResponseBody(), FIFTY_MB);
    });
    byte[] bomb = gzipZeros(FIFTY_MB);
    web.route("/bomb", exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      TestWeb.send(exchange, 200, "application/rss+xml", bomb);
    });
    web.route("/loop-a", exchange -> redirect(exchange, "/loop-b"));
    web.route("/loop-b", exchange -> redirect(exchange, web.url("/loop-a")));
    for (int i = 0; i < 10; i++) {
      int next = i + 1;
      web.route("/chain-" + i, exchange -> redirect(exchange, "/chain-" + next));
    }
    web.route("/chain-10", exchange -> TestWeb.send(exchange, 200, "text/plain", "end".getBytes(StandardCharsets.UTF_8)));
    web.route("/to-private", exchange -> redirect(exchange, "http://intranet.example:" + web.port() + "/secret"));
    web.route("/to-loopback", exchange -> redirect(exchange, "http://127.0.0.1:" + web.port() + "/secret"));
    web.route("/secret", exchange -> TestWeb.send(exchange, 200, "text/plain", "internal".getBytes(StandardCharsets.UTF_8)));
    web.route("/busy", exchange -> {
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      sleep(100);
      inFlight.decrementAndGet();
      TestWeb.send(exchange, 200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
    });
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
  }

  private static void writeZeros(OutputStream out, long total) throws IOException {
    byte[] block = new byte[64 * 1024];
    for (long sent = 0; sent < total; sent += block.length) {
      out.write(block);
    }
    out.close();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  private static byte[] gzipZeros(long total) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      writeZeros(out, total);
    }
    return bytes.toByteArray();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static FetchResponse get(String path) throws FetchException {
    return fetcher.get(URI.create(web.url(path)), null, "*/*");
  }

  private static FetchException failure(String path) {
    try {
      get(path);
    } catch (FetchException e) {
      return e;
    }
    throw new AssertionError(path + " did not fail");
  }

  @Test
  void fetchesWithValidatorsAndAnswersConditionalRequests() throws Exception {
    FetchResponse first = get("/ok");
    assertThat(first.status()).isEqualTo(200);
    assertThat(new String(first.body(), first.charset())).isEqualTo("café");
    assertThat(first.etag()).isEqualTo("\"v1\"");
    assertThat(first.maxAge()).isEqualTo(Duration.ofMinutes(10));

    FetchResponse second = fetcher.get(URI.create(web.url("/ok")), new Conditional(first.etag(), first.lastModified()), "*/*");
    assertThat(second.notModified()).isTrue();
    TestWeb.Request request = web.requests("/ok").getLast();
    assertThat(request.header("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(request.header("If-Modified-Since")).isEqualTo("Tue, 02 Apr 2024 10:00:00 GMT");
    assertThat(request.header("User-Agent")).isEqualTo("newsbot-test/1.0");
    assertThat(request.header("Accept-Encoding")).contains("gzip");
  }

  @Test
  void decodesGzipAndChunkedBodies() throws Exception {
    assertThat(new String(get("/gzip").body(), StandardCharsets.UTF_8)).isEqualTo("compressed hello");
    assertThat(new String(get("/chunked").body(), StandardCharsets.UTF_8)).startsWith("line 0\n").endsWith("line 99\n");
    assertThat(get("/chain-6").url()).hasToString(web.url("/chain-10"));
  }

  @Test
  void serverErrorsAndRateLimitsSayWhatHappened() {
    FetchException error = failure("/500");
    assertThat(error.reason()).isEqualTo(Reason.HTTP_ERROR);
    assertThat(error.getMessage()).contains("HTTP 500 Internal Server Error");

    FetchException limited = failure("/429");
    assertThat(limited.reason()).isEqualTo(Reason.RATE_LIMITED);
    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    assertThat(limited.getMessage()).contains("HTTP 429", "asks to wait 2 min");

    FetchException unavailable = failure("/503");
    assertThat(unavailable.reason()).isEqualTo(Reason.RATE_LIMITED);
    // a date years ahead is reported as the wait that happens, the longest honoured
    assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofDays(7));
    assertThat(unavailable.getMessage()).containsPattern("asks to wait \\d+ days, longer than newsbot honours, so it"
        + " waits 7 days$");
  }

  @Test
  void slowServersTimeOut() {
    FetchException silent = failure("/slow");
    assertThat(silent.reason()).isEqualTo(Reason.TIMEOUT);
    assertThat(silent.getMessage()).contains("read timeout");

    FetchException drip = failure("/drip");
    assertThat(drip.reason()).isEqualTo(Reason.TIMEOUT);
    assertThat(drip.getMessage()).contains("took longer than the fetch time limit");
  }

  @Test
  void bodiesAreCutOffAtTheLimitOnTheWireAndDecompressed() {
    FetchException declared = failure("/huge-declared");
    assertThat(declared.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(declared.getMessage()).contains("declares 50 MB, over the 2 MB limit");

    FetchException endless = failure("/huge-chunked");
    assertThat(endless.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(endless.getMessage()).contains("response body over the 2 MB limit; cut off");

    FetchException bomb = failure("/bomb");
    assertThat(bomb.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(bomb.getMessage()).contains("decompressed body over the 2 MB limit");
  }

  @Test
  void redirectLoopsAndLongChainsAreRefused() {
    FetchException loop = failure("/loop-a");
    assertThat(loop.reason()).isEqualTo(Reason.REDIRECT_LOOP);
    assertThat(loop.getMessage()).contains("/loop-a -> ").contains("/loop-b -> ");

    FetchException chain = failure("/chain-0");
    assertThat(chain.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
    assertThat(chain.getMessage()).contains("more than 5 redirects");
  }

  @Test
  void aRedirectToAPrivateAddressIsRefusedBeforeAnyConnection() throws Exception {
    // public.example stands for a public server (a public address, never dialled: connections are routed to the test server);
    // intranet.example resolves to a private address, as an attacker's redirect target would
    InetAddress publicAddress = InetAddress.getByName("93.184.216.34");
    InetAddress privateAddress = InetAddress.getByName("10.0.0.5");
    List<InetSocketAddress> connections = new CopyOnWriteArrayList<>();
    HostResolver resolver = host -> switch (host) {
      case "public.example" -> new InetAddress[] {publicAddress};
      case "intranet.example" -> new InetAddress[] {privateAddress};
      default -> throw new java.net.UnknownHostException(host);
    };
    HttpFetcher guarded = new HttpFetcher(limits(false), resolver, routingTo(publicAddress, connections));

    FetchResponse ok = guarded.get(URI.create("http://public.example:" + web.port() + "/ok"), null, "*/*");
    assertThat(ok.status()).isEqualTo(200);

    int secretsBefore = web.requests("/secret").size();
    assertThatThrownBy(() -> guarded.get(URI.create("http://public.example:" + web.port() + "/to-private"), null, "*/*"))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("intranet.example resolves to 10.0.0.5, a private address")
        .extracting(e -> ((FetchException) e).reason()).isEqualTo(Reason.REFUSED_ADDRESS);
    assertThatThrownBy(() -> guarded.get(URI.create("http://public.example:" + web.port() + "/to-loopback"), null, "*/*"))
        .hasMessageContaining("127.0.0.1, a loopback address");
    assertThat(connections).extracting(InetSocketAddress::getAddress).containsOnly(publicAddress);
    assertThat(web.requests("/secret")).hasSize(secretsBefore);
  }

  @Test
  void aNameThatLaterResolvesInsideIsRefusedAtThatFetch() throws Exception {
    InetAddress publicAddress = InetAddress.getByName("93.184.216.34");
    AtomicInteger lookups = new AtomicInteger();
    HostResolver rebinding = host -> new InetAddress[] {
        lookups.incrementAndGet() == 1 ? publicAddress : InetAddress.getByName("127.0.0.1")};
    List<InetSocketAddress> connections = new CopyOnWriteArrayList<>();
    HttpFetcher guarded = new HttpFetcher(limits(false), rebinding, routingTo(publicAddress, connections));
    URI url = URI.create("http://rebind.example:" + web.port() + "/ok");

    assertThat(guarded.get(url, null, "*/*").status()).isEqualTo(200);
    assertThatThrownBy(() -> guarded.get(url, null, "*/*"))
        .hasMessageContaining("rebind.example resolves to 127.0.0.1, a loopback address");
    assertThat(connections).hasSize(1);
  }

  @Test
  void requestsToOneHostAreLimited() throws Exception {
    maxInFlight.set(0);
    HttpFetcher patient = new HttpFetcher(new FetchLimits(true, Duration.ofSeconds(5), Duration.ofSeconds(5),
        Duration.ofSeconds(10), LIMIT, 5, 2, "newsbot-test/1.0"));
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<FetchResponse>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> patient.get(URI.create(web.url("/busy")), null, "*/*")));
      }
      for (Future<FetchResponse> future : futures) {
        assertThat(future.get().status()).isEqualTo(200);
      }
    }
    assertThat(maxInFlight.get()).isBetween(1, 2);
  }

  /** Connects the public documentation address to the loopback test server; refuses anything else. */
  private static Connector routingTo(InetAddress publicAddress, List<InetSocketAddress> connections) {
    return (address, timeout) -> {
      connections.add(address);
      if (!address.getAddress().equals(publicAddress)) {
        throw new ConnectException("test connector: not routed");
      }
      Socket socket = new Socket();
      socket.connect(new InetSocketAddress("127.0.0.1", address.getPort()), timeout);
      return socket;
    };
  }
}
