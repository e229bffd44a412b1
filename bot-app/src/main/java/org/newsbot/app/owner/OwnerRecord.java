package org.newsbot.app.owner;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Who owns a data folder, as the owner wrote it in {@code newsbot.owner}: its process id, the
 * command it runs and, once it serves other commands, its control socket. The lock, not this
 * file, decides who owns the folder; a file left by an owner that was killed names the process
 * that is gone.
 */
public record OwnerRecord(long pid, String command, Path socket) {
  static final String FILE = "newsbot.owner";

  /** The record in {@code dir}, if there is a readable one. */
  public static Optional<OwnerRecord> read(Path dir) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8)));
      long pid = Long.parseLong(properties.getProperty("pid", "").strip());
      String socket = properties.getProperty("socket");
      return Optional.of(new OwnerRecord(pid, properties.getProperty("command", "newsbot"),
          socket == null || socket.isBlank() ? null : Path.of(socket)));
    } catch (NoSuchFileException | NumberFormatException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether the process that wrote the record still runs. */
  public boolean alive() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** "pid 1234, newsbot run" for messages. */
  public String describe() {
    return "pid " + pid + ", 'newsbot " + command + "'";
  }

  OwnerRecord serving(Path socketPath) {
    return new OwnerRecord(pid, command, socketPath);
  }

  /** Replaces the record in {@code dir} at once: a reader sees the old one or the new one, whole. */
  void write(Path dir) {
    Properties properties = new Properties();
    properties.setProperty("pid", Long.toString(pid));
    properties.setProperty("command", command);
    if (socket != null) {
      properties.setProperty("socket", socket.toString());
    }
    try {
      StringWriter text = new StringWriter();
      properties.store(text, "the newsbot process that owns this data folder");
      Path temporary = dir.resolve(FILE + "." + pid + ".tmp");
      Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
      Files.move(temporary, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
    }
  }
}
