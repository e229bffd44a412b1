package org.newsbot.ingest;

import java.util.List;
import java.util.Map;
import org.newsbot.article.Source;
import org.newsbot.chat.ChatService;
import org.newsbot.chat.Command;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Role;
import org.newsbot.store.ArticleStore;
import org.newsbot.store.SourceStore;

/** The chat commands about sources. */
public final class SourceCommands {
  private final SourceStore sources;
  private final ArticleStore articles;

  public SourceCommands(SourceStore sources, ArticleStore articles) {
    this.sources = sources;
    this.articles = articles;
  }

  public void registerWith(ChatService chat) {
    chat.register(new Command("sources", "/sources", "the sources articles come from", Role.USER,
        (message, ignored) -> list()));
  }

  Reply list() {
    List<Source> all = sources.list();
    if (all.isEmpty()) {
      return Reply.info("No sources yet.");
    }
    Map<Long, Long> counts = articles.countsBySource();
    StringBuilder text = new StringBuilder("Sources:");
    for (Source source : all) {
      long count = counts.getOrDefault(source.id(), 0L);
      text.append('\n').append(source.id()).append(". ")
          .append(source.name() == null ? source.url() : source.name())
          .append(" (").append(source.kind().label()).append(", ").append(count)
          .append(count == 1 ? " article" : " articles").append(')');
    }
    return Reply.info(text.toString());
  }
}
