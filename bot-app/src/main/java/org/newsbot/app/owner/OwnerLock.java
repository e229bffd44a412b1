package org.newsbot.app.owner;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The right to open a data folder's embedded database and index: an exclusive lock on
 * {@code newsbot.owner.lock}. The operating system gives it to one process at a time and takes it
 * back when that process ends in any way, kill -9 included, so a lock left by a dead owner is
 * free for exactly one successor without any guessing about stale files.
 */
public final class OwnerLock implements AutoCloseable {
  static final String FILE = "newsbot.owner.lock";

  private final Path dir;
  private final FileChannel channel;
  private final FileLock lock;
  private final OwnerRecord previous;
  private OwnerRecord record;

  private OwnerLock(Path dir, FileChannel channel, FileLock lock, OwnerRecord previous, String command) {
    this.dir = dir;
    this.channel = channel;
    this.lock = lock;
    this.previous = previous;
    this.record = new OwnerRecord(ProcessHandle.current().pid(), command, null);
    record.write(dir);
  }

  /**
   * Takes the folder for {@code command} when no other process owns it; empty when one does.
   *
   * @throws IOException when the folder cannot be written (read-only, no permission)
   */
  public static Optional<OwnerLock> tryAcquire(Path dir, String command) throws IOException {
    return acquire(dir, command, false);
  }

  /** Waits until the folder is free, then takes it. */
  public static OwnerLock acquire(Path dir, String command) throws IOException {
    return acquire(dir, command, true).orElseThrow();
  }

  private static Optional<OwnerLock> acquire(Path dir, String command, boolean wait) throws IOException {
    Files.createDirectories(dir);
    FileChannel channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = wait ? channel.lock() : channel.tryLock();
    } catch (OverlappingFileLockException heldHere) {
      lock = null; // this JVM owns it already, through another command
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    // a record still there was left by an owner that never closed: it was killed or crashed
    OwnerRecord previous = OwnerRecord.read(dir).orElse(null);
    try {
      return Optional.of(new OwnerLock(dir, channel, lock, previous, command));
    } catch (RuntimeException e) {
      lock.release();
      channel.close();
      throw e;
    }
  }

  /** The owner before this one, when it ended without giving the folder back. */
  public Optional<OwnerRecord> abandonedBy() {
    return Optional.ofNullable(previous);
  }

  /** Tells other commands where to send their work. */
  public void serving(Path socket) {
    record = record.serving(socket);
    record.write(dir);
  }

  /** Gives the folder back. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(dir.resolve(OwnerRecord.FILE));
    } catch (IOException e) {
      // the next owner overwrites it
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // closing the channel releases the lock whatever happens
    }
  }
}
