package org.newsbot.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbot.answer.SourceRef;
import org.newsbot.chat.Reply;
import org.newsbot.chat.Reply.Block;
import org.newsbot.chat.Reply.Cite;
import org.newsbot.chat.Reply.Span;
import org.newsbot.chat.Reply.Text;

/**
 * Alerts, updates and digests as platform-neutral replies: the title citing its source (outlet,
 * date, link), a one-sentence summary, the matched terms, and the other outlets that told the
 * same story. Every adapter renders them like answers.
 */
final class AlertRenderer {
  /** Outlets listed with links besides the first; the rest are only counted. */
  private static final int LINKED_OUTLETS = 4;

  private final int digestStories;

  AlertRenderer(int digestStories) {
    this.digestStories = digestStories;
  }

  Reply alert(AlertViews.AlertView view) {
    return story(view, "New for your subscription #" + view.subscriptionId() + " (" + view.query() + "):", null);
  }

  Reply update(AlertViews.AlertView view, Long articleId, String note) {
    String heading = "Update for your subscription #" + view.subscriptionId() + " (" + view.query() + ")"
        + (note == null ? ":" : ": " + note);
    return story(view, heading, articleId);
  }

  private Reply story(AlertViews.AlertView view, String heading, Long leadArticle) {
    List<ArticleSnapshot> articles = new ArrayList<>(view.articles());
    if (leadArticle != null) {
      // an update leads with the article whose figures changed
      articles.sort((a, b) -> Boolean.compare(a.articleId() != leadArticle, b.articleId() != leadArticle));
    }
    ArticleSnapshot lead = articles.getFirst();
    List<Block> blocks = new ArrayList<>();
    List<SourceRef> sources = new ArrayList<>();
    blocks.add(Block.of(heading));
    sources.add(source(1, lead));
    blocks.add(new Block(List.of(new Text(title(lead) + " "), new Cite(1))));
    if (lead.summary() != null && !lead.summary().isBlank()) {
      blocks.add(Block.of(lead.summary()));
    }
    if (lead.matched() != null && !lead.matched().isBlank()) {
      blocks.add(Block.of("Matched: " + lead.matched()));
    }
    List<ArticleSnapshot> others = otherOutlets(lead, articles);
    if (!others.isEmpty()) {
      List<Span> spans = new ArrayList<>();
      spans.add(new Text("+" + others.size() + (others.size() == 1 ? " more outlet: " : " more outlets: ")));
      for (int i = 0; i < others.size(); i++) {
        ArticleSnapshot other = others.get(i);
        spans.add(new Text((i > 0 ? ", " : "") + other.outlet()));
        if (i < LINKED_OUTLETS) {
          SourceRef ref = source(sources.size() + 1, other);
          sources.add(ref);
          spans.add(new Text(" "));
          spans.add(new Cite(ref.ref()));
        }
      }
      blocks.add(new Block(spans));
    }
    return new Reply(Reply.Kind.ANSWER, blocks, sources,
        List.of(new Reply.Button("Unsubscribe", "/unsubscribe " + view.subscriptionId())));
  }

  /** A digest: one entry per story, however many subscriptions and updates it gathered. */
  Reply digest(List<AlertViews.DigestEntry> entries) {
    Map<Long, List<AlertViews.DigestEntry>> byStory = new LinkedHashMap<>();
    entries.forEach(entry -> byStory.computeIfAbsent(entry.alert().storyId(), id -> new ArrayList<>()).add(entry));
    List<Block> blocks = new ArrayList<>();
    List<SourceRef> sources = new ArrayList<>();
    blocks.add(Block.of("Your alert digest: " + byStory.size() + (byStory.size() == 1 ? " story." : " stories.")));
    int shown = 0;
    for (List<AlertViews.DigestEntry> story : byStory.values()) {
      if (shown == digestStories) {
        int rest = byStory.size() - shown;
        blocks.add(Block.of("... and " + rest + (rest == 1 ? " more story." : " more stories.")));
        break;
      }
      shown++;
      ArticleSnapshot lead = story.getFirst().alert().articles().getFirst();
      SourceRef ref = source(sources.size() + 1, lead);
      sources.add(ref);
      Set<String> outlets = new LinkedHashSet<>();
      Set<String> matched = new LinkedHashSet<>();
      Set<String> subscriptions = new LinkedHashSet<>();
      List<String> updates = new ArrayList<>();
      for (AlertViews.DigestEntry entry : story) {
        entry.alert().articles().forEach(article -> outlets.add(article.outlet()));
        ArticleSnapshot first = entry.alert().articles().getFirst();
        if (first.matched() != null && !first.matched().isBlank()) {
          for (String term : first.matched().split(", ")) {
            matched.add(term);
          }
        }
        subscriptions.add("#" + entry.alert().subscriptionId());
        if (entry.kind().equals("UPDATE") && entry.note() != null) {
          updates.add(entry.note());
        }
      }
      StringBuilder about = new StringBuilder(" \u2014 ").append(lead.outlet());
      if (outlets.size() > 1) {
        about.append(" +").append(outlets.size() - 1).append(outlets.size() == 2 ? " more outlet" : " more outlets");
      }
      if (!matched.isEmpty()) {
        about.append("; matched ").append(String.join(", ", matched));
      }
      about.append(" (").append(String.join(", ", subscriptions)).append(')');
      if (!updates.isEmpty()) {
        about.append("; updated: ").append(String.join("; ", updates));
      }
      blocks.add(new Block(List.of(new Text(title(lead) + " "), new Cite(ref.ref()), new Text(about.toString()))));
    }
    return new Reply(Reply.Kind.ANSWER, blocks, sources, List.of());
  }

  /** One article per outlet other than the lead's, in the order they joined the story. */
  private static List<ArticleSnapshot> otherOutlets(ArticleSnapshot lead, List<ArticleSnapshot> articles) {
    Set<String> seen = new LinkedHashSet<>();
    seen.add(lead.outlet());
    List<ArticleSnapshot> others = new ArrayList<>();
    for (ArticleSnapshot article : articles) {
      if (seen.add(article.outlet())) {
        others.add(article);
      }
    }
    return others;
  }

  private static String title(ArticleSnapshot article) {
    return article.title() == null || article.title().isBlank() ? article.outlet() : article.title();
  }

  private static SourceRef source(int ref, ArticleSnapshot article) {
    return new SourceRef(ref, Long.toString(article.articleId()), article.outlet(), article.title(), article.url(),
        article.published());
  }
}
