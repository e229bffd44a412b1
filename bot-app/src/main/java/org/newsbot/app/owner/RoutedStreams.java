package org.newsbot.app.owner;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * {@code System.out}, {@code System.err} and {@code System.in} that lead somewhere else for the
 * threads of a command served for a client: the commands print as they always do, and what they
 * print goes to the client that asked. Threads a command starts follow it while it runs; once it
 * has ended they write where everything else does.
 */
public final class RoutedStreams {
  private static final InheritableThreadLocal<Route> ROUTE = new InheritableThreadLocal<>();

  private RoutedStreams() {}

  private record Route(PrintStream out, PrintStream err, InputStream in, boolean[] active) {
    boolean live() {
      return active[0];
    }
  }

  /** Puts routing streams in place of the current ones (again, when something has replaced them). */
  public static synchronized void install() {
    if (!(System.out instanceof Routing)) {
      System.setOut(new Routing(System.out, false));
    }
    if (!(System.err instanceof Routing)) {
      System.setErr(new Routing(System.err, true));
    }
    if (!(System.in instanceof RoutingInput)) {
      System.setIn(new RoutingInput(System.in));
    }
  }

  /** Runs {@code work} with this thread's, and its new threads', standard streams routed to these. */
  public static <T> T run(PrintStream out, PrintStream err, InputStream in, Callable<T> work) throws Exception {
    Route previous = ROUTE.get();
    Route route = new Route(out, err, in, new boolean[] {true});
    ROUTE.set(route);
    try {
      return work.call();
    } finally {
      route.active()[0] = false;
      out.flush();
      err.flush();
      ROUTE.set(previous);
    }
  }

  private static Route route() {
    Route route = ROUTE.get();
    return route != null && route.live() ? route : null;
  }

  /** Every method goes to the current route's stream, or to the one it replaced. */
  private static final class Routing extends PrintStream {
    private final PrintStream fallback;
    private final boolean error;

    Routing(PrintStream fallback, boolean error) {
      super(fallback, true, fallback.charset());
      this.fallback = fallback;
      this.error = error;
    }

    private PrintStream target() {
      Route route = route();
      return route == null ? fallback : error ? route.err() : route.out();
    }

    @Override
    public void close() {
      // the process's own streams stay open; a route's are closed by its owner
    }

    @Override
    public void write(int b) {
      target().write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      target().write(bytes, offset, length);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
      target().write(bytes);
    }

    @Override
    public void writeBytes(byte[] bytes) {
      target().writeBytes(bytes);
    }

    @Override
    public void flush() {
      target().flush();
    }

    @Override
    public boolean checkError() {
      return target().checkError();
    }

    @Override
    public void print(boolean x) {
      target().print(x);
    }

    @Override
    public void println(boolean x) {
      target().println(x);
    }

    @Override
    public void print(char x) {
      target().print(x);
    }

    @Override
    public void println(char x) {
      target().println(x);
    }

    @Override
    public void print(int x) {
      target().print(x);
    }

    @Override
    public void println(int x) {
      target().println(x);
    }

    @Override
    public void print(long x) {
      target().print(x);
    }

    @Override
    public void println(long x) {
      target().println(x);
    }

    @Override
    public void print(float x) {
      target().print(x);
    }

    @Override
    public void println(float x) {
      target().println(x);
    }

    @Override
    public void print(double x) {
      target().print(x);
    }

    @Override
    public void println(double x) {
      target().println(x);
    }

    @Override
    public void print(char[] x) {
      target().print(x);
    }

    @Override
    public void println(char[] x) {
      target().println(x);
    }

    @Override
    public void print(String x) {
      target().print(x);
    }

    @Override
    public void println(String x) {
      target().println(x);
    }

    @Override
    public void print(Object x) {
      target().print(x);
    }

    @Override
    public void println(Object x) {
      target().println(x);
    }

    @Override
    public void println() {
      target().println();
    }

    @Override
    public PrintStream printf(String format, Object... args) {
      return target().printf(format, args);
    }

    @Override
    public PrintStream printf(java.util.Locale locale, String format, Object... args) {
      return target().printf(locale, format, args);
    }

    @Override
    public PrintStream format(String format, Object... args) {
      return target().format(format, args);
    }

    @Override
    public PrintStream format(java.util.Locale locale, String format, Object... args) {
      return target().format(locale, format, args);
    }

    @Override
    public PrintStream append(CharSequence text) {
      return target().append(text);
    }

    @Override
    public PrintStream append(CharSequence text, int start, int end) {
      return target().append(text, start, end);
    }

    @Override
    public PrintStream append(char c) {
      return target().append(c);
    }

    @Override
    public java.nio.charset.Charset charset() {
      return target().charset();
    }
  }

  private static final class RoutingInput extends InputStream {
    private final InputStream fallback;

    RoutingInput(InputStream fallback) {
      this.fallback = fallback;
    }

    private InputStream target() {
      Route route = route();
      return route == null ? fallback : route.in();
    }

    @Override
    public int read() throws IOException {
      return target().read();
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      return target().read(bytes, offset, length);
    }

    @Override
    public int available() throws IOException {
      return target().available();
    }
  }
}
