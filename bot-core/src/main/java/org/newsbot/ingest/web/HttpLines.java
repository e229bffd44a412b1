package org.newsbot.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the CRLF-terminated lines of HTTP/1.1 heads, with a length limit. */
final class HttpLines {
  private HttpLines() {}

  /** The next line without its line end, or null at the end of input before any byte. */
  static String readLine(InputStream in, int maxLength) throws IOException {
    byte[] buffer = new byte[Math.min(maxLength, 256)];
    int length = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        return length == 0 ? null : new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
      }
      if (b == '\n') {
        if (length > 0 && buffer[length - 1] == '\r') {
          length--;
        }
        return new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
      }
      if (length == maxLength) {
        throw new IOException("a header line is longer than " + maxLength + " bytes");
      }
      if (length == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, Math.min(maxLength, buffer.length * 2));
      }
      buffer[length++] = (byte) b;
    }
  }
}
