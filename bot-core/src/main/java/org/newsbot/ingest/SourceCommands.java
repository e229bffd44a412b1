package org.newsbot.ingest;

import java.util.List;
import java.util.Map;
import org.newsbot.article.Source;
import org.newsbot.chat.ChatMessage;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.Command;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;
import org.newsbot.ingest.poll.AddedSource;
import org.newsbot.ingest.poll.SourceException;
import org.newsbot.ingest.poll.SourceStatus;
import org.newsbot.ingest.poll.WebSources;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.SourceStore;

/**
 * The chat commands about sources: {@code /sources} for everyone, and with web sources
 * {@code /addsource} and {@code /removesource} for moderators.
 */
public final class SourceCommands {
  private final SourceStore sources;
  private final ArticleStore articles;
  private final WebSources web;

  public SourceCommands(SourceStore sources, ArticleStore articles) {
    this(sources, articles, null);
  }

  public SourceCommands(SourceStore sources, ArticleStore articles, WebSources web) {
    this.sources = sources;
    this.articles = articles;
    this.web = web;
  }

  public void registerWith(ChatService chat) {
    chat.register(new Command("sources", "/sources", "the sources articles come from", Role.USER,
        (message, ignored) -> list()));
    if (web != null) {
      chat.register(new Command("addsource", "/addsource URL [name]",
          "add a news feed or article page (moderators)", Role.MODERATOR, this::add));
      chat.register(new Command("removesource", "/removesource ID",
          "stop polling a source; its articles stay (moderators)", Role.MODERATOR, this::remove));
    }
  }

  Reply list() {
    List<SourceStatus> all = web != null ? web.list() : withoutState();
    if (all.isEmpty()) {
      return Reply.info("No sources yet." + (web == null ? "" : " Moderators add feeds with /addsource URL."));
    }
    StringBuilder text = new StringBuilder("Sources:");
    for (SourceStatus status : all) {
      text.append('\n').append(status.headline());
      if (status.state() != null) {
        text.append("\n   ").append(status.source().url()).append("\n   ").append(status.stateLine());
      }
    }
    return Reply.info(text.toString());
  }

  private List<SourceStatus> withoutState() {
    Map<Long, Long> counts = articles.countsBySource();
    return sources.list().stream()
        .map(source -> new SourceStatus(source, counts.getOrDefault(source.id(), 0L), null))
        .toList();
  }

  private Reply add(ChatMessage message, String argument) {
    if (argument.isBlank()) {
      return Reply.error("Give the address of a feed or article page: /addsource URL [name]");
    }
    String[] parts = argument.strip().split("\\s+", 2);
    String name = parts.length > 1 ? parts[1].strip() : null;
    AddedSource added;
    try {
      added = web.add(parts[0], name, message.caller().platform() + ":" + message.caller().userId());
    } catch (SourceException e) {
      return Reply.error("Could not add the source: " + e.getMessage());
    }
    Source source = added.source();
    String label = source.name() == null ? source.url() : source.name();
    if (added.existed()) {
      return Reply.info("That is already source " + source.id() + ": " + label + ".");
    }
    String what = source.kind() == Source.Kind.PAGE ? "an article page"
        : added.format() + " feed with " + added.entries() + (added.entries() == 1 ? " entry" : " entries");
    String offered = added.offeredBy() == null ? ""
        : " The page " + added.offeredBy() + " offers this feed, so the feed was added.";
    return Reply.info("Added source " + source.id() + ": " + label + " (" + what + ")." + offered
        + " Its articles arrive with the next poll; /sources shows how polling goes.");
  }

  private Reply remove(ChatMessage message, String argument) {
    long id;
    try {
      id = Long.parseLong(argument.strip().replaceFirst("^#", ""));
    } catch (NumberFormatException e) {
      return Reply.error("Give the number of the source to remove, as /sources lists it: /removesource ID");
    }
    var source = sources.find(id);
    if (source.isEmpty() || !web.remove(id)) {
      return Reply.error("There is no source " + id + ". Send /sources for the list.");
    }
    return Reply.info("Removed source " + id + " (" + (source.get().name() == null ? source.get().url()
        : source.get().name()) + "). It is no longer polled; its articles stay searchable.");
  }
}
