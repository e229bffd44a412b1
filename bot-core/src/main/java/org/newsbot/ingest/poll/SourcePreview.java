package org.newsbot.ingest.poll;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.newsbot.ingest.SourceSettings;
import org.newsbot.ingest.feed.FeedEntry;
import org.newsbot.ingest.feed.FeedFormatException;
import org.newsbot.ingest.page.ExtractedPage;
import org.newsbot.ingest.web.FetchException;
import org.newsbot.ingest.web.HttpFetcher;
import org.newsbot.ingest.web.Urls;

/** Reads a feed or page the way polling would, storing nothing: for trying a source before adding it. */
public final class SourcePreview {
  private final SourceReader reader;

  /** A preview on its own, needing no database. */
  public SourcePreview(SourceSettings settings) {
    this.reader = new SourceReader(new HttpFetcher(settings.fetchLimits()));
  }

  public Preview preview(String url) {
    return preview(reader, url);
  }

  static Preview preview(SourceReader reader, String url) {
    URI uri;
    try {
      uri = Urls.parse(url);
    } catch (IllegalArgumentException e) {
      return Preview.failed(url, e.getMessage());
    }
    try {
      SourceReader.Recognised recognised = reader.recognise(uri);
      if (recognised.fetched() instanceof Fetched.Feed feed) {
        List<Preview.Entry> entries = new ArrayList<>();
        for (FeedEntry entry : feed.feed().entries()) {
          entries.add(new Preview.Entry(entry.title(), entry.link() == null ? null : entry.link().toString(),
              entry.published(), entry.author(), cut(entry.text())));
        }
        return new Preview(url, feed.feed().title(), feed.feed().format(), entries, null);
      }
      ExtractedPage page = ((Fetched.Page) recognised.fetched()).page();
      Preview.Entry entry = new Preview.Entry(page.title(), page.url().toString(), page.published(),
          page.byline(), cut(page.text()));
      return new Preview(url, page.siteName() != null ? page.siteName() : page.title(), "page",
          List.of(entry), null);
    } catch (FetchException | FeedFormatException e) {
      return Preview.failed(url, e.getMessage());
    } catch (RuntimeException e) {
      return Preview.failed(url, "cannot read: " + e);
    }
  }

  private static String cut(String text) {
    if (text == null) {
      return null;
    }
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= Preview.TEXT_CHARS) {
      return flat;
    }
    int end = Preview.TEXT_CHARS;
    if (Character.isHighSurrogate(flat.charAt(end - 1))) {
      end--;
    }
    return flat.substring(0, end);
  }
}
