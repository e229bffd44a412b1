package org.newsbot.ingest.web;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Decodes {@code Transfer-Encoding: chunked}; trailers are read and dropped. */
final class ChunkedInputStream extends InputStream {
  private final InputStream in;
  private long chunkLeft;
  private boolean done;

  ChunkedInputStream(InputStream in) {
    this.in = in;
  }

  private boolean nextChunk() throws IOException {
    if (done) {
      return false;
    }
    if (chunkLeft == 0) {
      String line = HttpLines.readLine(in, 1024);
      if (line == null) {
        throw new EOFException("the connection closed inside a chunked body");
      }
      int semi = line.indexOf(';');
      String size = (semi >= 0 ? line.substring(0, semi) : line).strip();
      try {
        chunkLeft = Long.parseLong(size, 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size '" + size + "'");
      }
      if (chunkLeft < 0) {
        throw new IOException("bad chunk size '" + size + "'");
      }
      if (chunkLeft == 0) {
        String trailer;
        int trailers = 0;
        while ((trailer = HttpLines.readLine(in, 8192)) != null && !trailer.isEmpty()) {
          if (++trailers > 100) {
            throw new IOException("too many trailers");
          }
        }
        done = true;
        return false;
      }
    }
    return true;
  }

  private void endChunk() throws IOException {
    if (chunkLeft == 0) {
      String crlf = HttpLines.readLine(in, 16);
      if (crlf == null || !crlf.isEmpty()) {
        throw new IOException("a chunk does not end in CRLF");
      }
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!nextChunk()) {
      return -1;
    }
    int n = in.read(b, off, (int) Math.min(len, chunkLeft));
    if (n < 0) {
      throw new EOFException("the connection closed inside a chunk");
    }
    chunkLeft -= n;
    endChunk();
    return n;
  }
}
