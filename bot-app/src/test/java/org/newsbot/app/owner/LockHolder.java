package org.newsbot.app.owner;

import java.nio.file.Path;
import java.util.Optional;

/** A process that tries to own a folder, says whether it got it, and holds it until its input closes. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    Optional<OwnerLock> lock = OwnerLock.tryAcquire(Path.of(args[0]), "test");
    System.out.println(lock.isPresent() ? "got " + lock.get().abandonedBy().map(r -> r.pid()).orElse(0L) : "held");
    System.out.flush();
    while (System.in.read() >= 0) {
      // hold until the test closes our input or kills us
    }
    lock.ifPresent(OwnerLock::close);
  }
}
