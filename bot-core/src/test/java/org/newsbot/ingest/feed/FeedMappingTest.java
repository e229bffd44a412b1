package org.newsbot.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each element and attribute of each feed format means for an entry's title, link, author,
 * date and text, one row per mapping: the format, the entry's markup, the field and its value.
 */
class FeedMappingTest {
  private static final URI BASE = URI.create("http://news.test/feeds/main.xml");
  private static final String RSS = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
      + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
      + " xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" xmlns:media=\"http://search.yahoo.com/mrss/\""
      + " xmlns:x=\"http://www.w3.org/1999/xhtml\"><channel><title>F</title><item>%s</item></channel></rss>";
  private static final String RDF = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
      + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>F</title>"
      + "</channel><item rdf:about=\"http://news.test/about\">%s</item></rdf:RDF>";
  private static final String ATOM = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title><entry>%s</entry></feed>";
  private static final String ATOM03 = "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>F</title>"
      + "<entry>%s</entry></feed>";
  private static final String JSON = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"F\","
      + " \"items\": [{\"id\": \"1\", %s}]}";

  static Stream<Arguments> mappings() {
    String b64 = Base64.getEncoder().encodeToString("Example <b>Atom</b>".getBytes(StandardCharsets.UTF_8));
    return Stream.of(
        // RSS 2.0 and its modules
        Arguments.of(RSS, "<title>Plain title</title>", "title", "Plain title"),
        Arguments.of(RSS, "<dc:title>Dublin Core title</dc:title>", "title", "Dublin Core title"),
        Arguments.of(RSS, "<media:title>Media title</media:title>", "title", "Media title"),
        Arguments.of(RSS, "<title>First</title><media:title>Media</media:title>", "title", "First"),
        Arguments.of(RSS, "<title>First</title><title>Second</title>", "title", "First"),
        Arguments.of(RSS, "<title>&lt;b&gt;Bold&lt;/b&gt; words</title>", "title", "Bold words"),
        Arguments.of(RSS, "<TITLE>Upper case</TITLE>", "title", "Upper case"),
        Arguments.of(RSS, "<link>http://news.test/a</link>", "link", "http://news.test/a"),
        Arguments.of(RSS, "<link>/relative</link>", "link", "http://news.test/relative"),
        Arguments.of(RSS, "<guid>http://news.test/guid</guid>", "link", "http://news.test/guid"),
        Arguments.of(RSS, "<guid isPermaLink=\"false\">http://news.test/guid</guid>", "link", null),
        Arguments.of(RSS, "<author>ed@news.test (Example Editor)</author>", "author", "Example Editor"),
        Arguments.of(RSS, "<dc:creator>Dana Creator</dc:creator>", "author", "Dana Creator"),
        Arguments.of(RSS, "<dc:author>Dan Author</dc:author>", "author", "Dan Author"),
        Arguments.of(RSS, "<itunes:author>Ivy Tunes</itunes:author>", "author", "Ivy Tunes"),
        Arguments.of(RSS, "<pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate>", "published", "2004-01-01T19:48:21Z"),
        Arguments.of(RSS, "<dc:date>2003-12-31T10:14:55Z</dc:date>", "published", "2003-12-31T10:14:55Z"),
        Arguments.of(RSS, "<dcterms:issued>2003-12-31T10:14:55Z</dcterms:issued>", "published", "2003-12-31T10:14:55Z"),
        Arguments.of(RSS, "<dcterms:modified>2003-12-31T10:14:55Z</dcterms:modified>", "published",
            "2003-12-31T10:14:55Z"),
        Arguments.of(RSS, "<dcterms:created>2003-12-31T10:14:55Z</dcterms:created>", "published", "2003-12-31T10:14:55Z"),
        Arguments.of(RSS, "<pubDate>Thu, 01 Jan 2004 00:00:00 GMT</pubDate><dc:date>2009-01-01</dc:date>",
            "published", "2004-01-01T00:00:00Z"),
        Arguments.of(RSS, "<description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt;&lt;/p&gt;</description>", "text",
            "Escaped HTML"),
        Arguments.of(RSS, "<description>&lt;a href=\"/x\"&gt;click here&lt;/a&gt;</description>", "text", "click here"),
        Arguments.of(RSS, "<dc:description>Dublin Core description</dc:description>", "text", "Dublin Core description"),
        Arguments.of(RSS, "<itunes:summary>Podcast summary</itunes:summary>", "text", "Podcast summary"),
        Arguments.of(RSS, "<content:encoded><![CDATA[<p>Encoded content</p>]]></content:encoded>", "text",
            "Encoded content"),
        Arguments.of(RSS, "<fullitem>&lt;p&gt;Full item&lt;/p&gt;</fullitem>", "text", "Full item"),
        Arguments.of(RSS, "<body xmlns=\"http://www.w3.org/1999/xhtml\"><p>XHTML body</p></body>", "text", "XHTML body"),
        Arguments.of(RSS, "<x:body><x:p>Prefixed body</x:p></x:body>", "text", "Prefixed body"),
        Arguments.of(RSS, "<description>&lt;svg xmlns=\"http://www.w3.org/2000/svg\"&gt;&lt;title&gt;Chart of"
            + " rain&lt;/title&gt;&lt;circle r=\"5\"/&gt;&lt;/svg&gt;</description>", "text", "Chart of rain"),
        // RSS 1.0
        Arguments.of(RDF, "<title>RDF title</title><link>http://news.test/rdf</link>", "link", "http://news.test/rdf"),
        Arguments.of(RDF, "<title>RDF title</title>", "guid", "http://news.test/about"),
        // Atom 1.0
        Arguments.of(ATOM, "<title type=\"html\">A &amp;amp; B</title>", "title", "A & B"),
        Arguments.of(ATOM, "<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><b>Inline</b> XHTML</div>"
            + "</title>", "title", "Inline XHTML"),
        Arguments.of(ATOM, "<title type=\"application/octet-stream\">" + b64 + "</title>", "title", "Example Atom"),
        Arguments.of(ATOM, "<title>T</title><link rel=\"alternate\" type=\"text/html\" href=\"/a1\"/>"
            + "<link rel=\"self\" href=\"/self\"/>", "link", "http://news.test/a1"),
        Arguments.of(ATOM, "<link href=\"entry\" xml:base=\"http://other.test/dir/\"/>", "link", "http://other.test/dir/entry"),
        Arguments.of(ATOM, "<id>http://news.test/id</id>", "link", "http://news.test/id"),
        Arguments.of(ATOM, "<author><name>Atom Author</name><email>a@news.test</email></author>", "author", "Atom Author"),
        Arguments.of(ATOM, "<published>2003-12-31T10:14:55Z</published><updated>2005-01-01T00:00:00Z</updated>",
            "published", "2003-12-31T10:14:55Z"),
        Arguments.of(ATOM, "<updated>2010-12-01T10:14:55Z</updated><updated>2003-12-31T10:14:55Z</updated>",
            "published", "2003-12-31T10:14:55Z"),
        Arguments.of(ATOM, "<content type=\"html\">&lt;p&gt;Atom HTML&lt;/p&gt;</content>", "text", "Atom HTML"),
        Arguments.of(ATOM, "<content type=\"text\">a &lt; b</content>", "text", "a < b"),
        Arguments.of(ATOM, "<content type=\"html\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Typepad &lt;b&gt;div"
            + "&lt;/b&gt;</div></content>", "text", "Typepad div"),
        Arguments.of(ATOM, "<summary type=\"text/html\">" + b64 + "</summary>", "text", b64),
        Arguments.of(ATOM, "<summary type=\"application/octet-stream\">" + b64 + "</summary>", "text", "Example Atom"),
        Arguments.of(ATOM, "<summary>Short</summary><content type=\"html\">&lt;p&gt;Longer content&lt;/p&gt;</content>",
            "text", "Longer content"),
        // Atom 0.3
        Arguments.of(ATOM03, "<title mode=\"base64\">" + b64 + "</title>", "title", "Example Atom"),
        Arguments.of(ATOM03, "<title type=\"text/html\" mode=\"escaped\">&lt;b&gt;Escaped&lt;/b&gt;</title>", "title",
            "Escaped"),
        Arguments.of(ATOM03, "<issued>2003-12-31T10:14:55Z</issued>", "published", "2003-12-31T10:14:55Z"),
        Arguments.of(ATOM03, "<modified>2003-12-31T10:14:55Z</modified>", "published", "2003-12-31T10:14:55Z"),
        Arguments.of(ATOM03, "<content type=\"application/xhtml+xml\" mode=\"xml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
            + "<p>Inline</p></div></content>", "text", "Inline"),
        Arguments.of("<feed version=\"0.3\" xmlns=\"http://example.com/necho\"><entry>%s</entry></feed>",
            "<title>Pre-release Atom</title>", "title", "Pre-release Atom"),
        // CDF
        Arguments.of("<CHANNEL><TITLE>F</TITLE><ITEM HREF=\"http://news.test/cdf\" LASTMOD=\"2003-12-31T10:14:55\">%s"
            + "</ITEM></CHANNEL>", "<TITLE>CDF item</TITLE><ABSTRACT>CDF abstract</ABSTRACT>", "link",
            "http://news.test/cdf"),
        Arguments.of("<CHANNEL><ITEM HREF=\"http://news.test/cdf\" LASTMOD=\"2003-12-31T10:14:55\">%s</ITEM></CHANNEL>",
            "<ABSTRACT>CDF abstract</ABSTRACT>", "published", "2003-12-31T10:14:55Z"),
        Arguments.of("<CHANNEL><ITEM>%s</ITEM></CHANNEL>", "<ABSTRACT>CDF abstract</ABSTRACT>", "text", "CDF abstract"),
        // JSON Feed
        Arguments.of(JSON, "\"title\": \"Json &amp; title\"", "title", "Json & title"),
        Arguments.of(JSON, "\"url\": \"/j\", \"external_url\": \"http://x.test/\"", "link", "http://news.test/j"),
        Arguments.of(JSON, "\"external_url\": \"http://x.test/e\"", "link", "http://x.test/e"),
        Arguments.of(JSON, "\"authors\": [{\"name\": \"Jo Json\"}]", "author", "Jo Json"),
        Arguments.of(JSON, "\"author\": {\"name\": \"Old Json\"}", "author", "Old Json"),
        Arguments.of(JSON, "\"date_published\": \"2003-12-31T10:14:55Z\"", "published", "2003-12-31T10:14:55Z"),
        Arguments.of(JSON, "\"date_modified\": \"Wed, 31 Dec 2003 10:14:55 GMT\"", "published", "2003-12-31T10:14:55Z"),
        Arguments.of(JSON, "\"content_html\": \"<p>Json HTML</p>\"", "text", "Json HTML"),
        Arguments.of(JSON, "\"content_text\": \"Json text\"", "text", "Json text"),
        Arguments.of(JSON, "\"summary\": \"Json summary\"", "text", "Json summary"));
  }

  @ParameterizedTest(name = "{2} of {1}")
  @MethodSource("mappings")
  void mapsTheElementOntoItsField(String format, String markup, String field, String expected) throws Exception {
    String body = String.format(format, markup);
    ParsedFeed feed = FeedReader.read(body.getBytes(StandardCharsets.UTF_8), null, null, BASE);
    assertThat(feed.entries()).hasSize(1);
    FeedEntry entry = feed.entries().getFirst();
    Object value = switch (field) {
      case "title" -> entry.title();
      case "link" -> entry.link() == null ? null : entry.link().toString();
      case "guid" -> entry.guid();
      case "author" -> entry.author();
      case "published" -> entry.published() == null ? null : entry.published().toString();
      default -> entry.text();
    };
    assertThat(value).isEqualTo(expected);
  }
}
