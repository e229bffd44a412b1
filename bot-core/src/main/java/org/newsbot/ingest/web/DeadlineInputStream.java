package org.newsbot.ingest.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Reads a socket with two limits: the read timeout between bytes, and an overall deadline, so a
 * server that drips one byte at a time cannot hold a fetch forever.
 */
final class DeadlineInputStream extends FilterInputStream {
  private final Socket socket;
  private final long deadlineNanos;
  private final long readTimeoutMillis;
  private final String what;
  private boolean deadlineArmed;

  DeadlineInputStream(InputStream in, Socket socket, long deadlineNanos, long readTimeoutMillis,
      String what) {
    super(in);
    this.socket = socket;
    this.deadlineNanos = deadlineNanos;
    this.readTimeoutMillis = readTimeoutMillis;
    this.what = what;
  }

  private void arm() throws IOException {
    long remaining = (deadlineNanos - System.nanoTime()) / 1_000_000;
    if (remaining <= 0) {
      throw new FetchTimeoutException(what + " took longer than the fetch time limit");
    }
    deadlineArmed = remaining < readTimeoutMillis;
    socket.setSoTimeout((int) Math.max(1, Math.min(readTimeoutMillis, remaining)));
  }

  private IOException timeout() {
    if (deadlineArmed || deadlineNanos - System.nanoTime() <= 0) {
      return new FetchTimeoutException(what + " took longer than the fetch time limit");
    }
    return new FetchTimeoutException("no data from " + what + " for "
        + Durations.describeMillis(readTimeoutMillis) + " (read timeout)");
  }

  @Override
  public int read() throws IOException {
    arm();
    try {
      return super.read();
    } catch (SocketTimeoutException e) {
      throw timeout();
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    arm();
    try {
      return super.read(b, off, len);
    } catch (SocketTimeoutException e) {
      throw timeout();
    }
  }
}
