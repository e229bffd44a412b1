package org.newsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.newsbot.ingest.web.Urls;

class CanonicalUrlsTest {

  private static String canonical(String url) {
    return CanonicalUrls.canonical(Urls.parse(url));
  }

  @Test
  void dropsTrackingParametersFragmentsAndDefaultPorts() {
    assertThat(canonical("HTTPS://News.Example.COM:443/World/Story-1?utm_source=rss&id=7&utm_medium=feed&fbclid=x#comments"))
        .isEqualTo("https://news.example.com/World/Story-1?id=7");
    assertThat(canonical("http://example.com")).isEqualTo("http://example.com/");
    assertThat(canonical("http://example.com:8080/a?gclid=1")).isEqualTo("http://example.com:8080/a");
  }

  @Test
  void keepsTheRestOfTheAddressExactly() {
    String wikinews = "https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead";
    assertThat(canonical(wikinews)).isEqualTo(wikinews);
    assertThat(canonical("https://example.com/a%20b?q=x%26y&page=2")).isEqualTo("https://example.com/a%20b?q=x%26y&page=2");
  }

  @Test
  void parsesAddressesAsPeopleWriteThem() {
    assertThat(Urls.parse(" https://example.com/a b/ü?q=ä ").toString())
        .isEqualTo("https://example.com/a%20b/%C3%BC?q=%C3%A4");
    assertThat(Urls.parse("https://example.com/search?tags[]=a|b").toString())
        .isEqualTo("https://example.com/search?tags%5B%5D=a%7Cb");
    assertThat(Urls.parse("http://[::1]:8080/feed").getHost()).isEqualTo("[::1]");
    assertThatThrownBy(() -> Urls.parse("ftp://example.com/feed")).hasMessageContaining("not an http or https address");
    assertThatThrownBy(() -> Urls.parse("feed.xml")).hasMessageContaining("not an http or https address");
    assertThatThrownBy(() -> Urls.parse("http://user:secret@example.com/")).hasMessageContaining("user name or password");
  }

  @Test
  void aPageMayNameOnlyAnAddressOnItsOwnSiteAsCanonical() {
    URI page = URI.create("https://www.example.com/news/1");
    assertThat(CanonicalUrls.sameSite(page, URI.create("https://example.com/news/1"))).isTrue();
    assertThat(CanonicalUrls.sameSite(page, URI.create("https://m.www.example.com/news/1"))).isTrue();
    assertThat(CanonicalUrls.sameSite(page, URI.create("https://other-outlet.com/news/1"))).isFalse();
    assertThat(CanonicalUrls.sameSite(page, URI.create("https://notexample.com/news/1"))).isFalse();
  }
}
