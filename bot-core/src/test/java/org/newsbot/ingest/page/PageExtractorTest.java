package org.newsbot.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbot.testing.Feeds;

class PageExtractorTest {
  private static final URI URL = URI.create("http://news.test/world/flood-defences?utm_source=rss");

  @Test
  void extractsTheArticleAndItsMetadataWithoutThePageFurniture() {
    List<String> paragraphs = Feeds.paragraphs(7, 6);
    String html = Feeds.articlePage("Flood defences approved", "Jane Reporter",
        Instant.parse("2024-04-02T08:15:00Z"), paragraphs, "http://news.test/world/flood-defences", "/feed.xml");

    ExtractedPage page = PageExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, URL);

    assertThat(page.title()).isEqualTo("Flood defences approved");
    assertThat(page.byline()).isEqualTo("Jane Reporter");
    assertThat(page.published()).isEqualTo(Instant.parse("2024-04-02T08:15:00Z"));
    assertThat(page.canonical()).hasToString("http://news.test/world/flood-defences");
    assertThat(page.siteName()).isEqualTo("The Daily Test");
    assertThat(page.feeds()).containsExactly(URI.create("http://news.test/feed.xml"));
    assertThat(page.language()).isEqualTo("en");
    assertThat(page.article()).isTrue();
    for (String paragraph : paragraphs) {
      assertThat(page.text()).contains(paragraph);
    }
    assertThat(page.text()).doesNotContain("SuperWidget", "Most read", "great article", "All rights reserved", "Sport");
  }

  @Test
  void honoursTheCharsetAPageDeclares() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        + "<title>Über</title></head><body><article><p>" + "Grüße aus Köln, sagte die Bürgermeisterin am Montag. ".repeat(12)
        + "</p></article></body></html>";
    ExtractedPage page = PageExtractor.extract(html.getBytes(java.nio.charset.Charset.forName("windows-1252")), null, URL);
    assertThat(page.title()).isEqualTo("Über");
    assertThat(page.text()).contains("Grüße aus Köln");
  }

  @Test
  void aHomePageIsNoArticleButOffersItsFeeds() {
    String html = "<html><head><title>Home</title>"
        + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"http://news.test/atom\">"
        + "<link rel=\"alternate\" type=\"application/rss+xml; charset=utf-8\" href=\"/rss\">"
        + "<link rel=\"alternate\" type=\"text/html\" hreflang=\"de\" href=\"/de\">"
        + "</head><body><ul><li><a href=\"/a\">Story A</a></li><li><a href=\"/b\">Story B</a></li></ul></body></html>";
    ExtractedPage page = PageExtractor.extract(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, URL);
    assertThat(page.article()).isFalse();
    assertThat(page.feeds()).containsExactly(URI.create("http://news.test/atom"), URI.create("http://news.test/rss"));
  }

  @Test
  void readsDatesAndAuthorsFromJsonLd() {
    String html = "<html><head><title>t</title><script type=\"application/ld+json\">"
        + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\"},{\"@type\":\"NewsArticle\","
        + "\"headline\":\"LD headline\",\"datePublished\":\"2024-03-01T12:00:00+01:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Lee Dee\"}]}]}"
        + "</script></head><body><p>x</p></body></html>";
    ExtractedPage page = PageExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, URL);
    assertThat(page.published()).isEqualTo(Instant.parse("2024-03-01T11:00:00Z"));
    assertThat(page.byline()).isEqualTo("Lee Dee");
    assertThat(page.title()).isEqualTo("LD headline");
  }
}
