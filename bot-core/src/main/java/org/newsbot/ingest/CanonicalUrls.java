package org.newsbot.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The identity of a web article's address: scheme and host in lower case, no default port, no
 * fragment, and no tracking parameters (utm_* and the click ids of ad and mail platforms). The
 * rest of the query stays as it is, in order, since sites use it to name articles.
 */
public final class CanonicalUrls {
  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid",
      "msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "mc_cid", "mc_eid", "_ga", "_gl", "igshid",
      "ref_src", "ref_url", "ocid", "cmpid", "s_kwcid", "mkt_tok", "_hsenc", "_hsmi", "__hstc",
      "__hssc", "__hsfp", "hsctatracking", "oly_anon_id", "oly_enc_id", "rb_clickid", "ncid",
      "sr_share", "spm", "at_medium", "at_campaign", "guccounter", "guce_referrer", "guce_referrer_sig");

  private CanonicalUrls() {}

  public static String canonical(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = uri.getPort();
    boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    StringBuilder out = new StringBuilder(scheme).append("://").append(host);
    if (!defaultPort) {
      out.append(':').append(port);
    }
    out.append(path);
    String query = keptQuery(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  private static String keptQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (name.startsWith("utm_") || name.startsWith("pk_") || name.startsWith("mtm_")
          || name.startsWith("vero_") || TRACKING.contains(name)) {
        continue;
      }
      kept.add(pair);
    }
    return String.join("&", kept);
  }

  /**
   * Whether a page may name {@code canonical} as its address: only on its own site (the same host,
   * or one a subdomain of the other), so a page cannot claim another outlet's article.
   */
  public static boolean sameSite(URI page, URI canonical) {
    if (page.getHost() == null || canonical.getHost() == null) {
      return false;
    }
    String a = page.getHost().toLowerCase(Locale.ROOT);
    String b = canonical.getHost().toLowerCase(Locale.ROOT);
    return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
  }
}
