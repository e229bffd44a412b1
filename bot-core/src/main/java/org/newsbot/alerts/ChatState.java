package org.newsbot.alerts;

import java.time.Instant;

/**
 * How a chat takes its alerts: muted until when, its digest schedule and when the next digest is
 * due, and whether the platform reported it gone (parked) and when to try it again.
 */
record ChatState(String platform, String chatId, Instant mutedUntil, DigestSchedule digest,
    Instant nextDigest, Instant parkedAt, String parkedReason, Instant nextProbe) {

  static ChatState fresh(String platform, String chatId) {
    return new ChatState(platform, chatId, null, DigestSchedule.OFF, null, null, null, null);
  }

  boolean muted(Instant now) {
    return mutedUntil != null && mutedUntil.isAfter(now);
  }

  /** Alerts wait for a digest: the chat is muted or takes digests. */
  boolean holding(Instant now) {
    return muted(now) || !digest.off();
  }

  boolean parked() {
    return parkedAt != null;
  }
}
