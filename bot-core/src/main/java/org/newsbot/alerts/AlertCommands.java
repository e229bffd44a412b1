package org.newsbot.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.Command;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;

/**
 * The chat commands about alerts. Subscriptions, the mute and the digest belong to the chat the
 * command was sent in (its platform and chat id), so everyone in a group shares them.
 */
final class AlertCommands {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private final SubscriptionStore subscriptions;
  private final ChatStore chats;
  private final Supplier<AlertSettings> settings;
  private final Clock clock;
  private final Runnable changed;

  AlertCommands(SubscriptionStore subscriptions, ChatStore chats, Supplier<AlertSettings> settings, Clock clock,
      Runnable changed) {
    this.subscriptions = subscriptions;
    this.chats = chats;
    this.settings = settings;
    this.clock = clock;
    this.changed = changed;
  }

  void registerWith(ChatService chat) {
    chat.register(new Command("subscribe", "/subscribe QUERY",
        "get an alert here when news matches: words, \"exact phrases\", -excluded, OR, source:NAME, lang:xx",
        Role.USER, this::subscribe));
    chat.register(new Command("subscriptions", "/subscriptions", "this chat's subscriptions, mute and digest",
        Role.USER, (message, ignored) -> list(message)));
    chat.register(new Command("unsubscribe", "/unsubscribe ID", "stop a subscription", Role.USER,
        this::unsubscribe));
    chat.register(new Command("mute", "/mute DURATION", "hold alerts for a while (30m, 2h, 1d; off ends it)",
        Role.USER, this::mute));
    chat.register(new Command("digest", "/digest off|hourly|daily HH:MM", "get alerts at once or gathered in a digest",
        Role.USER, this::digest));
  }

  Reply subscribe(ChatMessage message, String argument) {
    AlertSettings limits = settings.get();
    SubscriptionQuery query;
    try {
      query = new QuerySyntax(limits.maxQueryLength(), limits.maxQueryTerms()).parse(argument);
    } catch (InvalidQueryException e) {
      return Reply.error(e.getMessage());
    }
    String platform = message.caller().platform();
    String description = query.describe();
    QuerySyntax reader = new QuerySyntax(Integer.MAX_VALUE, Integer.MAX_VALUE);
    SubscriptionStore.Added added = subscriptions.add(platform, message.chatId(), argument.strip(),
        message.caller().userId(), limits.maxSubscriptionsPerChat(), stored -> sameAs(reader, stored, description));
    return switch (added) {
      case SubscriptionStore.Duplicate duplicate -> Reply.info("This chat already has that subscription (#"
          + duplicate.existing().id() + ").");
      case SubscriptionStore.LimitReached limit -> Reply.error("This chat has " + limit.limit()
          + " subscriptions, the most it may have. Remove one with /unsubscribe ID first (/subscriptions lists them).");
      case SubscriptionStore.Created created -> {
        changed.run();
        yield Reply.info("Subscribed (#" + created.subscription().id() + "). New articles matching " + description
            + " will be announced here, once per story.", "Stop it with /unsubscribe "
            + created.subscription().id() + "." + wakeUp(message) + holdingNote(message));
      }
    };
  }

  private static boolean sameAs(QuerySyntax reader, String stored, String description) {
    try {
      return reader.parse(stored).describe().equals(description);
    } catch (InvalidQueryException e) {
      return false;
    }
  }

  Reply list(ChatMessage message) {
    String platform = message.caller().platform();
    List<Subscription> all = subscriptions.forChat(platform, message.chatId());
    StringBuilder text = new StringBuilder();
    if (all.isEmpty()) {
      text.append("This chat has no subscriptions. Start one with /subscribe QUERY, for example: ")
          .append(QuerySyntax.EXAMPLE);
    } else {
      text.append("Subscriptions in this chat:");
      for (Subscription subscription : all) {
        text.append("\n#").append(subscription.id()).append(' ').append(subscription.query());
      }
    }
    ChatState chat = chats.get(platform, message.chatId());
    Instant now = clock.instant();
    String state = "Alerts: " + (chat.digest().off() ? "sent at once" : chat.digest().text() + " digest"
        + (chat.nextDigest() == null ? "" : ", next at " + show(chat.nextDigest())))
        + (chat.muted(now) ? "; muted until " + show(chat.mutedUntil()) : "") + ".";
    return Reply.info(text.toString(), state + wakeUp(message));
  }

  Reply unsubscribe(ChatMessage message, String argument) {
    String id = argument.strip().replaceFirst("^#", "");
    if (!id.matches("\\d{1,18}")) {
      return Reply.error("Give the subscription's number, as in /unsubscribe 3; /subscriptions lists them.");
    }
    return subscriptions.remove(message.caller().platform(), message.chatId(), Long.parseLong(id))
        .map(removed -> {
          changed.run();
          return Reply.info("Unsubscribed #" + removed.id() + " (" + removed.query() + ")."
              + " Alerts of it that have not gone out yet are dropped.");
        })
        .orElseGet(() -> Reply.error("This chat has no subscription #" + id + "; /subscriptions lists them."));
  }

  Reply mute(ChatMessage message, String argument) {
    String platform = message.caller().platform();
    String value = argument.strip().toLowerCase(Locale.ROOT);
    if (value.equals("off") || value.equals("0")) {
      chats.mute(platform, message.chatId(), null);
      changed.run();
      return Reply.info("Alerts are no longer muted; any that arrived meanwhile come as one digest.");
    }
    Duration duration;
    try {
      duration = Durations.parse(argument);
    } catch (IllegalArgumentException e) {
      return Reply.error(e.getMessage());
    }
    if (duration.isZero()) {
      return Reply.error("Say for how long, as in /mute 2h; /mute off ends a mute.");
    }
    if (duration.compareTo(AlertSettings.MAX_MUTE) > 0) {
      return Reply.error("A mute can last at most 30 days; /unsubscribe stops a subscription for good.");
    }
    Instant until = clock.instant().plus(duration);
    chats.mute(platform, message.chatId(), until);
    return Reply.info("Alerts muted for " + Durations.show(duration) + ", until " + show(until)
        + ". Those that arrive meanwhile come as one digest afterwards; /mute off ends the mute now.");
  }

  Reply digest(ChatMessage message, String argument) {
    String platform = message.caller().platform();
    if (argument.isBlank()) {
      ChatState chat = chats.get(platform, message.chatId());
      return Reply.info(chat.digest().off()
          ? "Alerts come at once. /digest hourly or /digest daily HH:MM gathers them instead."
          : "Alerts come in a " + chat.digest().text() + " digest"
              + (chat.nextDigest() == null ? "" : "; the next at " + show(chat.nextDigest()))
              + ". /digest off sends them at once.");
    }
    DigestSchedule schedule;
    try {
      schedule = DigestSchedule.parse(argument);
    } catch (IllegalArgumentException e) {
      return Reply.error(e.getMessage());
    }
    Instant next = schedule.next(clock.instant(), settings.get().zone());
    chats.digest(platform, message.chatId(), schedule, next);
    changed.run();
    if (schedule.off()) {
      return Reply.info("Alerts come at once again; any waiting for a digest are sent now.");
    }
    return Reply.info("Alerts will come in a " + schedule.text() + " digest ("
        + zoneName() + "), the first at " + show(next) + ", one entry per story.");
  }

  /** Someone used the bot in a chat the platform had reported gone: try sending there again now. */
  private String wakeUp(ChatMessage message) {
    ChatState chat = chats.get(message.caller().platform(), message.chatId());
    if (!chat.parked()) {
      return "";
    }
    chats.probeNow(chat.platform(), chat.chatId(), clock.instant());
    changed.run();
    return "\nAlerts to this chat were paused because the bot could not post here ("
        + chat.parkedReason() + "). They resume as soon as it can.";
  }

  private String holdingNote(ChatMessage message) {
    ChatState chat = chats.get(message.caller().platform(), message.chatId());
    Instant now = clock.instant();
    if (chat.muted(now)) {
      return "\nThis chat is muted until " + show(chat.mutedUntil()) + "; alerts wait until then.";
    }
    return chat.digest().off() ? "" : "\nThis chat takes a " + chat.digest().text() + " digest.";
  }

  private String show(Instant instant) {
    ZoneId zone = settings.get().zone();
    return TIME.format(instant.atZone(zone)) + " " + zoneName();
  }

  private String zoneName() {
    ZoneId zone = settings.get().zone();
    return zone.getId().equals("Z") ? "UTC" : zone.getId();
  }
}
