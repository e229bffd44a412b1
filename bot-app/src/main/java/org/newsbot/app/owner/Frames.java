package org.newsbot.app.owner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The control channel's wire format. The client sends one request (a magic number, the working
 * directory and the arguments); the owner answers with frames: a kind byte and a length-prefixed
 * payload, ending with the exit code.
 */
final class Frames {
  static final int MAGIC = 0x4e424331; // "NBC1"
  static final byte OUT = 1;
  static final byte ERR = 2;
  static final byte EXIT = 3;
  /** The owner will not run the command now (it is stopping); the payload says why. */
  static final byte REFUSED = 4;
  /** The owner has begun the command: from here on, sending it again might run it twice. */
  static final byte STARTED = 5;
  private static final int MAX_STRING = 1 << 20;

  private Frames() {}

  record Request(Path workingDirectory, List<String> args) {}

  static void writeRequest(DataOutputStream out, Request request) throws IOException {
    out.writeInt(MAGIC);
    writeString(out, request.workingDirectory().toString());
    out.writeInt(request.args().size());
    for (String arg : request.args()) {
      writeString(out, arg);
    }
    out.flush();
  }

  static Request readRequest(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IOException("not a newsbot control request");
    }
    Path cwd = Path.of(readString(in));
    int count = in.readInt();
    if (count < 0 || count > 10_000) {
      throw new IOException("a request with " + count + " arguments");
    }
    List<String> args = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      args.add(readString(in));
    }
    return new Request(cwd, args);
  }

  static void writeFrame(DataOutputStream out, byte kind, byte[] payload, int offset, int length)
      throws IOException {
    synchronized (out) {
      out.writeByte(kind);
      out.writeInt(length);
      out.write(payload, offset, length);
      out.flush();
    }
  }

  static void writeExit(DataOutputStream out, int code) throws IOException {
    byte[] bytes = new byte[4];
    bytes[0] = (byte) (code >>> 24);
    bytes[1] = (byte) (code >>> 16);
    bytes[2] = (byte) (code >>> 8);
    bytes[3] = (byte) code;
    writeFrame(out, EXIT, bytes, 0, 4);
  }

  static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING) {
      throw new IOException("a string of " + length + " bytes");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A frame read by the client; null at the end of the stream. */
  record Frame(byte kind, byte[] payload) {
    int exitCode() {
      return ((payload[0] & 0xff) << 24) | ((payload[1] & 0xff) << 16) | ((payload[2] & 0xff) << 8)
          | (payload[3] & 0xff);
    }
  }

  static Frame readFrame(DataInputStream in) throws IOException {
    int kind;
    try {
      kind = in.readByte();
    } catch (EOFException end) {
      return null;
    }
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING) {
      throw new IOException("a frame of " + length + " bytes");
    }
    byte[] payload = new byte[length];
    in.readFully(payload);
    return new Frame((byte) kind, payload);
  }
}
