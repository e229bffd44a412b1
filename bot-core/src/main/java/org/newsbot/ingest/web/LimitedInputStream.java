package org.newsbot.ingest.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails once more than {@code limit} bytes have passed through it. */
final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private final String message;
  private long count;

  LimitedInputStream(InputStream in, long limit, String message) {
    super(in);
    this.limit = limit;
    this.message = message;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0 && ++count > limit) {
      throw new BodyTooLargeException(message);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, (int) Math.min(len, limit - count + 1));
    if (n > 0) {
      count += n;
      if (count > limit) {
        throw new BodyTooLargeException(message);
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    return super.skip(Math.min(n, limit - count + 1));
  }
}
