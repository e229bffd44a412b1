package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesCommandTest {
  @TempDir
  Path data;
  Loopback web;
  Map<String, String> env;

  static String feed(String base) {
    StringBuilder items = new StringBuilder();
    String[] titles = {"Tram line to the harbour opens", "Library extends its opening hours"};
    String[] texts = {
        "The new tram line to the harbour opened on Monday after three years of construction, the city said."
            + " The line carries up to 4,000 passengers an hour and links the station with the ferry terminal.",
        "The central library will stay open until 22:00 on weekdays from May, the council announced on Tuesday."
            + " The longer hours follow a survey in which students asked for more quiet places to study."};
    for (int i = 0; i < titles.length; i++) {
      items.append("<item><title>").append(titles[i]).append("</title><link>").append(base).append("/news/").append(i + 1)
          .append("?utm_source=rss</link><guid isPermaLink=\"false\">n").append(i + 1).append("</guid>")
          .append("<pubDate>Tue, 0").append(i + 1).append(" Apr 2024 10:00:00 GMT</pubDate><author>desk@example.com (City Desk)</author>")
          .append("<description>").append((texts[i] + " ").repeat(4)).append("</description></item>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>City News</title><link>" + base
        + "</link><description>d</description>" + items + "</channel></rss>";
  }

  @BeforeEach
  void start() throws Exception {
    web = new Loopback();
    web.serve("/feed.rss", "application/rss+xml", feed(web.url("")));
    env = Map.of("NEWSBOT_DATA", data.toString(), "NEWSBOT_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true");
  }

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void addListPollAskAndRemove() {
    Cli.Result added = Cli.run(env, "sources", "add", "--every", "30", web.url("/feed.rss"), "City", "Desk");
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out()).contains("Added source 1: City Desk (rss_2.0 feed, 2 entries)");

    Cli.Result listed = Cli.run(env, "sources", "list");
    assertThat(listed.out()).contains("1. City Desk (feed rss_2.0, 0 articles)", web.url("/feed.rss"),
        "last success never", "next attempt", "polled every 30 min");

    Cli.Result polled = Cli.run(env, "sources", "poll");
    assertThat(polled.code()).as(polled.err()).isZero();
    assertThat(polled.out()).contains("source 1: 2 added, 0 revised, 0 unchanged");
    assertThat(Cli.run(env, "sources", "poll", "1").out()).contains("source 1: 0 added, 0 revised, 2 unchanged");

    Cli.Result state = Cli.run(env, "sources");
    assertThat(state.out()).contains("1. City Desk (feed rss_2.0, 2 articles)").containsPattern("last success \\d{4}-");

    Cli.Result asked = Cli.run(env, "ask", "How many passengers does the new tram line carry?");
    assertThat(asked.out()).contains(web.url("/news/1")).doesNotContain("utm_source");

    Cli.Result removed = Cli.run(env, "sources", "remove", "1");
    assertThat(removed.out()).contains("Removed source 1");
    assertThat(Cli.run(env, "sources", "remove", "1").code()).isEqualTo(1);
    assertThat(Cli.run(env, "sources", "list").out()).contains("No sources yet");
  }

  @Test
  void privateAddressesAreRefusedUnlessTheSettingIsOn() {
    Cli.Result refused = Cli.run(Map.of("NEWSBOT_DATA", data.toString()), "sources", "add", web.url("/feed.rss"));
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("127.0.0.1, a loopback address", "sources.allow-private-addresses");
    Cli.Result preview = Cli.run(Map.of("NEWSBOT_DATA", data.toString()), "sources", "preview", "--json", web.url("/feed.rss"));
    assertThat(preview.out()).contains("\"error\":").contains("loopback address");
    Cli.Result bad = Cli.run(Map.of("NEWSBOT_DATA", data.toString(), "NEWSBOT_SOURCES_ALLOW_PRIVATE_ADDRESSES", "maybe"),
        "sources", "list");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("sources.allow-private-addresses must be true or false");
  }

  @Test
  void previewPrintsEachSourceAndItsEntriesWithoutStoring() throws Exception {
    Cli.Result text = Cli.run(env, "sources", "preview", web.url("/feed.rss"), web.url("/missing.rss"));
    assertThat(text.code()).isEqualTo(3);
    assertThat(text.out()).contains("== " + web.url("/feed.rss"), "City News (rss_2.0, 2 entries)",
        "- 2024-04-01T10:00:00Z  Tram line to the harbour opens  by City Desk",
        web.url("/news/1?utm_source=rss"), "== " + web.url("/missing.rss"), "error: HTTP 404");

    Cli.Result json = Cli.run(env, "sources", "preview", "--json", web.url("/feed.rss"), "not a url");
    String[] lines = json.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("url").asText()).isEqualTo(web.url("/feed.rss"));
    assertThat(first.get("title").asText()).isEqualTo("City News");
    assertThat(first.get("kind").asText()).isEqualTo("rss_2.0");
    JsonNode entry = first.get("entries").get(0);
    assertThat(entry.get("title").asText()).isEqualTo("Tram line to the harbour opens");
    assertThat(entry.get("published").asText()).isEqualTo("2024-04-01T10:00:00Z");
    assertThat(entry.get("text").asText()).hasSize(200).startsWith("The new tram line");
    JsonNode second = new ObjectMapper().readTree(lines[1]);
    assertThat(second.get("url").asText()).isEqualTo("not a url");
    assertThat(second.get("error").asText()).contains("not an http or https address");
    assertThat(data.resolve("newsbot.mv.db")).doesNotExist();
  }
}
