package org.newsbot.ingest.web;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** Caps the requests in flight to any one host, so many sources on one site do not flood it. */
final class HostLimiter {
  private final int perHost;
  private final ConcurrentHashMap<String, Semaphore> permits = new ConcurrentHashMap<>();

  HostLimiter(int perHost) {
    this.perHost = perHost;
  }

  void acquire(String host) throws InterruptedException {
    permits.computeIfAbsent(key(host), ignored -> new Semaphore(perHost, true)).acquire();
  }

  void release(String host) {
    permits.get(key(host)).release();
  }

  private static String key(String host) {
    return host.toLowerCase(Locale.ROOT);
  }
}
