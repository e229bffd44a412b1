package org.newsbot.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Whether this instance works: the database, the search index and each chat adapter report a
 * {@link Check}. Healthy means every check is up. A check that throws counts as down, with its
 * error as the reason.
 */
public final class Health {
  private final Map<String, Supplier<Check>> components = new ConcurrentHashMap<>();
  private final Map<String, Supplier<Check>> adapters = new ConcurrentHashMap<>();

  /** One part's state and what else it tells, in the order given. */
  public record Check(boolean up, Map<String, Object> detail) {
    public Check {
      detail = new LinkedHashMap<>(detail);
    }

    public static Check up(Map<String, Object> detail) {
      return new Check(true, detail);
    }

    public static Check down(String reason) {
      return new Check(false, Map.of("reason", reason));
    }

    public static Check down(String reason, Map<String, Object> detail) {
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("reason", reason);
      all.putAll(detail);
      return new Check(false, all);
    }
  }

  /** The checks as one report: up only when every check is. */
  public record Report(boolean up, Map<String, Check> components, Map<String, Check> adapters) {}

  /** A part of the core: "database", "index". */
  public void register(String name, Supplier<Check> check) {
    components.put(name, check);
  }

  /** A chat adapter: "telegram", "discord". */
  public void registerAdapter(String name, Supplier<Check> check) {
    adapters.put(name, check);
  }

  /** Removes an adapter that has stopped on purpose. */
  public void removeAdapter(String name) {
    adapters.remove(name);
  }

  public Report check() {
    Map<String, Check> parts = run(components);
    Map<String, Check> chats = run(adapters);
    boolean up = parts.values().stream().allMatch(Check::up) && chats.values().stream().allMatch(Check::up);
    return new Report(up, parts, chats);
  }

  private static Map<String, Check> run(Map<String, Supplier<Check>> checks) {
    Map<String, Check> results = new java.util.TreeMap<>();
    checks.forEach((name, check) -> {
      Check result;
      try {
        result = check.get();
      } catch (RuntimeException e) {
        result = Check.down(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
      results.put(name, result);
    });
    return results;
  }
}
