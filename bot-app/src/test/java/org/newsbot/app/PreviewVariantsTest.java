package org.newsbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sources preview --json} over some three hundred feeds prints a line for every one. */
class PreviewVariantsTest {
  @TempDir
  Path data;

  @Test
  void printsOneJsonLinePerFeedOfEveryFormatEncodingAndServing() throws Exception {
    try (Loopback web = new Loopback()) {
      List<FeedVariants.Variant> variants = FeedVariants.all(web.url(""));
      List<String> urls = new ArrayList<>();
      for (FeedVariants.Variant variant : variants) {
        web.serve(variant.path(), new Loopback.Response(200, variant.contentType(), variant.body(),
            variant.gzip() ? Map.of("Content-Encoding", "gzip") : Map.of()));
        urls.add(web.url(variant.path()));
      }
      // and some that fail: each still gets its line
      web.serve("/bad/malformed", "application/rss+xml", "<rss version=\"2.0\"><channel><title>x</channel>");
      web.serve("/bad/xxe", "application/rss+xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
          + "<rss version=\"2.0\"><channel><title>&e;</title></channel></rss>");
      web.serve("/bad/page", "text/html", "<html><head><title>No feed here</title></head><body>Hello</body></html>");
      List<String> bad = List.of(web.url("/bad/malformed"), web.url("/bad/xxe"), web.url("/bad/page"), web.url("/bad/404"));
      urls.addAll(bad);

      List<String> args = new ArrayList<>(List.of("sources", "preview", "--json"));
      args.addAll(urls);
      Cli.Result run = Cli.run(Map.of("NEWSBOT_DATA", data.toString(), "NEWSBOT_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true"),
          args.toArray(String[]::new));

      String[] lines = run.out().strip().split("\n");
      System.out.println("preview printed " + lines.length + " lines for " + urls.size() + " URLs; the first: " + lines[0]);
      assertThat(variants).hasSizeGreaterThanOrEqualTo(300);
      assertThat(lines).hasSize(urls.size());
      ObjectMapper json = new ObjectMapper();
      for (int i = 0; i < variants.size(); i++) {
        FeedVariants.Variant variant = variants.get(i);
        JsonNode line = json.readTree(lines[i]);
        assertThat(line.get("url").asText()).isEqualTo(urls.get(i));
        assertThat(line.has("error")).as(variant.path() + ": " + lines[i]).isFalse();
        assertThat(line.get("kind").asText()).as(variant.path()).startsWith(variant.family() + "_");
        assertThat(line.get("title").asText()).as(variant.path()).isEqualTo(FeedVariants.TITLE);
        JsonNode entries = line.get("entries");
        assertThat(entries).as(variant.path()).hasSize(variant.entries());
        for (int e = 0; e < entries.size(); e++) {
          assertThat(entries.get(e).get("title").asText()).as(variant.path()).isEqualTo(FeedVariants.itemTitle(e + 1));
          assertThat(entries.get(e).get("url").asText()).as(variant.path()).isEqualTo(web.url("/item/" + (e + 1)));
        }
      }
      for (int i = variants.size(); i < urls.size(); i++) {
        JsonNode line = json.readTree(lines[i]);
        assertThat(line.get("url").asText()).isEqualTo(urls.get(i));
        assertThat(line.get("error").asText()).as(urls.get(i)).isNotBlank();
      }
      assertThat(run.code()).isEqualTo(3);
      assertThat(new String(lines[variants.size() + 1].getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
          .contains("DOCTYPE with entities").doesNotContain("root:");
    }
  }
}
