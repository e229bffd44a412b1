package org.newsbot.alerts;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsbot.chat.ChatPlatform;

/**
 * The chat platforms this process can post to, by name. Alerts for a platform that is not
 * registered here wait in the outbox until a process that has it runs.
 */
public final class ChatPlatforms {
  private final Map<String, ChatPlatform> byName = new ConcurrentHashMap<>();
  private volatile Runnable onChange = () -> {};

  /** Adds a platform, replacing one of the same name. */
  public void register(ChatPlatform platform) {
    byName.put(platform.name(), platform);
    onChange.run();
  }

  /** Removes the platform, if it is still the one registered under its name. */
  public void unregister(ChatPlatform platform) {
    byName.remove(platform.name(), platform);
  }

  public Optional<ChatPlatform> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Set<String> names() {
    return Set.copyOf(byName.keySet());
  }

  void onChange(Runnable listener) {
    onChange = listener;
  }
}
