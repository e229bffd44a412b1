package org.newsbot.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private static final URI BASE = URI.create("http://news.test/feeds/main.xml");

  private static ParsedFeed read(String body, String contentType) throws FeedFormatException {
    return FeedReader.read(body.getBytes(StandardCharsets.UTF_8), contentType, null, BASE);
  }

  @Test
  void readsTheWikinewsFeed() throws Exception {
    byte[] body = Files.readAllBytes(Path.of(System.getProperty("newsbot.shared"), "corpus/feeds/wikinews-2019-2020.rss"));
    ParsedFeed feed = FeedReader.read(body, "application/rss+xml", null, BASE);

    assertThat(feed.title()).isEqualTo("Wikinews");
    assertThat(feed.format()).isEqualTo("rss_2.0");
    assertThat(feed.entries()).hasSize(295);
    FeedEntry first = feed.entries().getFirst();
    assertThat(first.title()).isEqualTo("Magnitogorsk apartment building collapses after explosion, dozens dead");
    assertThat(first.link()).hasToString(
        "https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead");
    assertThat(first.guid()).isEqualTo("wikinews-Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead");
    assertThat(first.published()).isEqualTo(Instant.parse("2019-01-04T12:00:00Z"));
    // the feed's own text is kept whole, dateline and all: boilerplate rules are for pages
    assertThat(first.text()).startsWith("Friday, January 4, 2019\n\nAn apartment building collapsed on Monday in Magnitogorsk")
        .contains("\n\nThe 1973 building was home to over 1,000 people");
  }

  @Test
  void readsRss10WithDublinCoreAndTtlOfRss2() throws Exception {
    ParsedFeed rdf = read("""
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="http://news.test/"><title>RDF News</title><link>http://news.test/</link>
            <description>d</description><items><rdf:Seq><rdf:li resource="http://news.test/a"/></rdf:Seq></items></channel>
          <item rdf:about="http://news.test/a"><title>Item A</title><link>/a?utm_source=x</link>
            <description>Text of A.</description><dc:creator>Ana Writer</dc:creator><dc:date>2024-04-02T08:30:00Z</dc:date></item>
        </rdf:RDF>""", "application/rdf+xml");
    assertThat(rdf.format()).isEqualTo("rss_1.0");
    assertThat(rdf.entries()).singleElement().satisfies(entry -> {
      assertThat(entry.link()).hasToString("http://news.test/a?utm_source=x");
      assertThat(entry.author()).isEqualTo("Ana Writer");
      assertThat(entry.published()).isEqualTo(Instant.parse("2024-04-02T08:30:00Z"));
    });

    ParsedFeed rss = read("<rss version=\"2.0\"><channel><title>T</title><link>http://news.test/</link>"
        + "<description>d</description><ttl>90</ttl><item><title>x</title><link>http://news.test/x</link>"
        + "<description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; text.&lt;/p&gt;</description></item></channel></rss>", null);
    assertThat(rss.ttl()).isEqualTo(Duration.ofMinutes(90));
    assertThat(rss.entries().getFirst().text()).isEqualTo("Escaped HTML text.");
  }

  @Test
  void prefersFullContentOverTheSummary() throws Exception {
    ParsedFeed feed = read("""
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
        <link>http://news.test/</link><description>d</description>
        <item><title>Full</title><link>http://news.test/full</link><description>Short summary.</description>
        <content:encoded><![CDATA[<p>The whole article, first paragraph.</p><p>Second paragraph.</p>]]></content:encoded></item>
        </channel></rss>""", "text/xml");
    assertThat(feed.entries().getFirst().text()).isEqualTo("The whole article, first paragraph.\n\nSecond paragraph.");
  }

  @Test
  void readsAtomOfBothVersions() throws Exception {
    ParsedFeed atom10 = read("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Atom &amp;amp; News</title><id>urn:x</id>
        <updated>2024-04-02T10:00:00Z</updated>
        <entry><title>One</title><id>urn:x:1</id><link href="http://news.test/one"/><updated>2024-04-02T09:00:00Z</updated>
        <author><name>Bo Reporter</name></author><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>XHTML body.</p></div></content></entry>
        </feed>""", "application/atom+xml");
    assertThat(atom10.format()).isEqualTo("atom_1.0");
    assertThat(atom10.title()).isEqualTo("Atom & News");
    FeedEntry one = atom10.entries().getFirst();
    assertThat(one.guid()).isEqualTo("urn:x:1");
    assertThat(one.published()).isEqualTo(Instant.parse("2024-04-02T09:00:00Z"));
    assertThat(one.author()).isEqualTo("Bo Reporter");
    assertThat(one.text()).isEqualTo("XHTML body.");

    ParsedFeed atom03 = read("""
        <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom</title><modified>2004-01-01T00:00:00Z</modified>
        <entry><title>Old one</title><link rel="alternate" type="text/html" href="http://news.test/old"/><id>tag:old,1</id>
        <issued>2004-01-01T00:00:00Z</issued><modified>2004-01-01T00:00:00Z</modified>
        <content type="text/html" mode="escaped">&lt;p&gt;Old text.&lt;/p&gt;</content></entry></feed>""", null);
    assertThat(atom03.format()).isEqualTo("atom_0.3");
    assertThat(atom03.entries().getFirst().link()).hasToString("http://news.test/old");
    assertThat(atom03.entries().getFirst().text()).isEqualTo("Old text.");
  }

  @Test
  void readsJsonFeed() throws Exception {
    ParsedFeed feed = read("""
        {"version": "https://jsonfeed.org/version/1", "title": "JSON News", "items": [
          {"id": 1, "url": "/j/1", "title": "J1", "content_text": "Plain text.", "date_published": "2024-04-02T10:00:00+02:00",
           "author": {"name": "Jo"}},
          {"id": "2", "external_url": "http://elsewhere.test/2", "content_html": "<p>Html.</p>", "summary": "S"}]}""",
        "application/feed+json");
    assertThat(feed.format()).isEqualTo("json_1.0");
    assertThat(feed.entries()).hasSize(2);
    FeedEntry first = feed.entries().getFirst();
    assertThat(first.guid()).isEqualTo("1");
    assertThat(first.link()).hasToString("http://news.test/j/1");
    assertThat(first.published()).isEqualTo(Instant.parse("2024-04-02T08:00:00Z"));
    assertThat(first.author()).isEqualTo("Jo");
    assertThat(feed.entries().get(1).link()).hasToString("http://elsewhere.test/2");
    assertThat(feed.entries().get(1).text()).isEqualTo("Html.");
  }

  @Test
  void decodesTheCharsetOfTheXmlProlog() throws Exception {
    byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Café</title>"
        + "<link>http://news.test/</link><description>d</description><item><title>Crème brûlée</title>"
        + "<link>http://news.test/c</link><description>Ça va.</description></item></channel></rss>")
        .getBytes(StandardCharsets.ISO_8859_1);
    ParsedFeed feed = FeedReader.read(latin1, "text/xml", null, BASE);
    assertThat(feed.title()).isEqualTo("Café");
    assertThat(feed.entries().getFirst().title()).isEqualTo("Crème brûlée");
  }

  @Test
  void refusesEntityDeclarationsSoXxeCannotReadFiles() throws Exception {
    Path secret = Files.createTempFile("newsbot-secret", ".txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rss version=\"2.0\"><channel><title>&xxe;</title><link>http://news.test/</link><description>d</description>"
        + "<item><title>x</title><description>&xxe;</description></item></channel></rss>";
    assertThatThrownBy(() -> read(xxe, "application/rss+xml"))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("DOCTYPE with entities")
        .hasMessageNotContaining("TOP-SECRET");
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
        + "<rss version=\"2.0\"><channel><title>&lol2;</title></channel></rss>";
    assertThatThrownBy(() -> read(laughs, null)).hasMessageContaining("DOCTYPE with entities");
    Files.delete(secret);
  }

  @Test
  void dropsABareDoctypeSoNetscapeRss091Reads() throws Exception {
    ParsedFeed feed = read("""
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Old Netscape</title><link>http://news.test/</link><description>d</description>
        <language>en-us</language><item><title>Old item</title><link>http://news.test/o</link><description>Old&nbsp;text</description></item>
        </channel></rss>""", null);
    assertThat(feed.format()).startsWith("rss_0.91");
    assertThat(feed.entries().getFirst().title()).isEqualTo("Old item");
  }

  @Test
  void reportsMalformedXmlWithItsPlace() {
    assertThatThrownBy(() -> read("<rss version=\"2.0\"><channel><title>Broken</title><item><title>x</item></channel></rss>", null))
        .isInstanceOf(FeedFormatException.class).hasMessageStartingWith("malformed XML at line 1");
    assertThatThrownBy(() -> read("<opml version=\"1.0\"><body/></opml>", "text/xml"))
        .hasMessageContaining("not RSS, Atom or CDF").hasMessageContaining("<opml>");
    assertThatThrownBy(() -> read("{\"items\": 3}", "application/json")).hasMessageContaining("not a JSON Feed");
    assertThatThrownBy(() -> read("{\"version\": ", "application/json")).hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> read("just some words", "text/plain")).hasMessageContaining("neither a feed nor a web page");
  }

  @Test
  void aProcessingInstructionHoldingAnAngleBracketCannotSmuggleADoctypePast() throws Exception {
    Path secret = Files.createTempFile("newsbot-secret", ".txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe = "<?xml version=\"1.0\"?><?xml-stylesheet href=\"a<b.xsl\" type=\"text/xsl\"?>"
        + "<!-- a <comment> --><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>x</title><description>&xxe;</description>"
        + "</item></channel></rss>";
    assertThatThrownBy(() -> read(xxe, "application/rss+xml"))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("DOCTYPE with entities")
        .hasMessageNotContaining("TOP-SECRET");
    // an entity used without any DOCTYPE is never resolved either
    assertThatThrownBy(() -> read("<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>", null))
        .isInstanceOf(FeedFormatException.class).hasMessageContaining("xxe");
    Files.delete(secret);
  }

  @Test
  void aWellFormedFeedWhoseTextMerelyLooksLikeADoctypeIsRead() throws Exception {
    ParsedFeed feed = read("""
        <?xml version="1.0"?>
        <?note <!DOCTYPE x [<!ENTITY e "boom">]> ?>
        <!-- <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]> -->
        <rss version="2.0"><channel><title>Looks &lt;!DOCTYPE&gt;</title>
        <item><title>About &lt;!DOCTYPE html [ ]&gt;</title><link>http://news.test/d</link>
        <description><![CDATA[<p>Write <!DOCTYPE html> first, then <!ENTITY> never.</p>]]></description></item>
        </channel></rss>""", "application/rss+xml");
    assertThat(feed.title()).isEqualTo("Looks <!DOCTYPE>");
    assertThat(feed.entries().getFirst().title()).isEqualTo("About <!DOCTYPE html [ ]>");
    assertThat(feed.entries().getFirst().text()).contains("first, then");
  }

  @Test
  void readsUtf16FeedsByTheirByteOrderMark() throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 \u201cwidget\u201d"
        + "</title><item><title>\u0416\u0443\u0440\u043d\u0430\u043b</title><link>http://news.test/u</link>"
        + "<description>Text.</description></item></channel></rss>";
    for (java.nio.charset.Charset utf16 : new java.nio.charset.Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}) {
      byte[] bom = utf16 == StandardCharsets.UTF_16BE ? new byte[] {(byte) 0xfe, (byte) 0xff} : new byte[] {(byte) 0xff, (byte) 0xfe};
      byte[] text = xml.getBytes(utf16);
      byte[] body = new byte[bom.length + text.length];
      System.arraycopy(bom, 0, body, 0, bom.length);
      System.arraycopy(text, 0, body, bom.length, text.length);
      ParsedFeed feed = FeedReader.read(body, "application/xml", null, BASE);
      assertThat(feed.title()).as(utf16.name()).isEqualTo("Caf\u00e9 \u201cwidget\u201d");
      assertThat(feed.entries().getFirst().title()).isEqualTo("\u0416\u0443\u0440\u043d\u0430\u043b");
    }
  }

  @Test
  void aWronglyDeclaredCharsetGivesWayToWhatTheBytesAre() throws Exception {
    String rss = "<?xml version=\"1.0\" encoding=\"%s\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 \u201cwidget\u201d</title>"
        + "<item><title>Cr\u00e8me br\u00fbl\u00e9e</title><description>\u00c7a va.</description></item></channel></rss>";
    // UTF-8 bytes declared as Latin-1, in the prolog or in the header
    byte[] utf8 = String.format(rss, "ISO-8859-1").getBytes(StandardCharsets.UTF_8);
    assertThat(FeedReader.read(utf8, "text/xml", null, BASE).title()).isEqualTo("Caf\u00e9 \u201cwidget\u201d");
    assertThat(FeedReader.read(utf8, "text/xml; charset=iso-8859-1", StandardCharsets.ISO_8859_1, BASE).title())
        .isEqualTo("Caf\u00e9 \u201cwidget\u201d");
    // Windows-1252 bytes declared as UTF-8, where they are not valid
    byte[] cp1252 = String.format(rss, "UTF-8").getBytes(java.nio.charset.Charset.forName("windows-1252"));
    ParsedFeed feed = FeedReader.read(cp1252, "text/xml; charset=utf-8", StandardCharsets.UTF_8, BASE);
    assertThat(feed.title()).isEqualTo("Caf\u00e9 \u201cwidget\u201d").doesNotContain("\ufffd");
    assertThat(feed.entries().getFirst().title()).isEqualTo("Cr\u00e8me br\u00fbl\u00e9e");
  }

  @Test
  void aJsonFeedNested200000DeepGetsASentenceNotAnException() {
    String deep = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": " + "[".repeat(200_000)
        + "]".repeat(200_000) + "}";
    assertThatThrownBy(() -> read(deep, "application/feed+json"))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("nests")
        .hasMessageNotContaining("Exception");
    String deepXml = "<rss version=\"2.0\"><channel>" + "<x>".repeat(200_000) + "</x>".repeat(200_000) + "</channel></rss>";
    assertThatThrownBy(() -> read(deepXml, "application/rss+xml"))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("nests elements more than");
  }

  @Test
  void aPrefixUsedWithoutItsDeclarationIsReadByItsName() throws Exception {
    ParsedFeed feed = read("<rss version=\"2.0\"><channel><title>Loose</title><item><title>T</title>"
        + "<dc:creator>Undeclared Writer</dc:creator><link>http://news.test/l</link>"
        + "<content:encoded>&lt;p&gt;Body text&lt;/p&gt;</content:encoded></item></channel></rss>", null);
    assertThat(feed.entries().getFirst().author()).isEqualTo("Undeclared Writer");
    assertThat(feed.entries().getFirst().text()).isEqualTo("Body text");
  }
}
