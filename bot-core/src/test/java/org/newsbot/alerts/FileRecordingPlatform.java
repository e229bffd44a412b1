package org.newsbot.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsbot.chat.ChatPlatform;
import org.newsbot.chat.Reply;

/**
 * A platform that appends every message it is sent to a file, one line each, so that another
 * process can count them after this one was killed. Like a platform that honours an idempotency
 * key (a nonce), it accepts a key once: a repeat is written as {@code DUP} and not shown again.
 * A short pause after each message stands for the platform's answer on its way back.
 */
final class FileRecordingPlatform implements ChatPlatform {
  private final FileChannel file;
  private final Set<String> accepted = new HashSet<>();
  private final long pauseMillis;

  FileRecordingPlatform(Path path, long pauseMillis) {
    this.pauseMillis = pauseMillis;
    try {
      if (Files.exists(path)) {
        for (Line line : read(path)) {
          if (line.accepted()) {
            accepted.add(line.chatId() + "\t" + line.key());
          }
        }
      }
      file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line of the file: whether the message was accepted or a repeat, its chat and key. */
  record Line(boolean accepted, String chatId, String key) {}

  /** The complete lines of the file; a line cut short by a kill is left out. */
  static List<Line> read(Path path) throws IOException {
    String text = Files.readString(path, StandardCharsets.UTF_8);
    int end = text.lastIndexOf('\n');
    if (end < 0) {
      return List.of();
    }
    return text.substring(0, end).lines().map(line -> line.split("\t"))
        .map(parts -> new Line(parts[0].equals("ACCEPT"), parts[1], parts[2])).toList();
  }

  @Override
  public String name() {
    return "recording";
  }

  @Override
  public void send(String chatId, Reply reply) {
    send(chatId, reply, "none");
  }

  @Override
  public synchronized void send(String chatId, Reply reply, String key) {
    boolean first = accepted.add(chatId + "\t" + key);
    byte[] line = ((first ? "ACCEPT" : "DUP") + "\t" + chatId + "\t" + key + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      // one write per line: a kill leaves whole lines or a cut last one, never two mixed
      file.write(ByteBuffer.wrap(line));
      Thread.sleep(pauseMillis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
