package org.newsbot.ingest.web;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A body of a declared Content-Length: ends there, and fails if the connection ends sooner. */
final class FixedLengthInputStream extends FilterInputStream {
  private long remaining;

  FixedLengthInputStream(InputStream in, long length) {
    super(in);
    this.remaining = length;
  }

  @Override
  public int read() throws IOException {
    if (remaining <= 0) {
      return -1;
    }
    int b = super.read();
    if (b < 0) {
      throw new EOFException("the connection closed before the end of the body");
    }
    remaining--;
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (remaining <= 0) {
      return -1;
    }
    int n = super.read(b, off, (int) Math.min(len, remaining));
    if (n < 0) {
      throw new EOFException("the connection closed before the end of the body");
    }
    remaining -= n;
    return n;
  }
}
