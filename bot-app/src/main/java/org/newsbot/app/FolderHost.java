package org.newsbot.app;

import org.newsbot.Newsbot;

/**
 * The owner's one open newsbot, shared by its own command and every command it serves: opened on
 * first use, closed once, after they have all ended.
 */
final class FolderHost implements AutoCloseable {
  private final Main owner;
  private Newsbot newsbot;
  private AutoCloseable handle;

  FolderHost(Main owner) {
    this.owner = owner;
  }

  /** The shared instance; a command's close() leaves it open. */
  synchronized Newsbot newsbot() {
    if (newsbot == null) {
      newsbot = owner.openHere();
      handle = newsbot.keepOpen();
    }
    return newsbot;
  }

  @Override
  public synchronized void close() {
    if (handle != null) {
      try {
        handle.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the data folder failed: " + e.getMessage(), e);
      } finally {
        handle = null;
        newsbot = null;
      }
    }
  }
}
