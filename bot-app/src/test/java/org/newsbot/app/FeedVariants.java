package org.newsbot.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Feeds in many formats, encodings and ways of serving them, for the preview test: RSS 0.90 to
 * 2.0, Atom 0.3 and 1.0, JSON Feed 1.0 and 1.1, each in five encodings, plain and gzipped, with a
 * specific and a generic Content-Type.
 */
final class FeedVariants {
  static final int ITEMS = 3;
  static final String TITLE = "Crème brûlée news from Zürich";

  record Variant(String path, String family, String contentType, byte[] body, boolean gzip, int entries) {}

  private FeedVariants() {}

  static String itemTitle(int i) {
    return "Crème brûlée n°" + i + " at ½ price in Zürich";
  }

  private record Format(String name, String family, String specificType) {}

  private static final List<Format> FORMATS = List.of(
      new Format("rss090", "rss", "application/rdf+xml"),
      new Format("rss091", "rss", "application/rss+xml"),
      new Format("rss091n", "rss", "application/rss+xml"),
      new Format("rss092", "rss", "application/rss+xml"),
      new Format("rss093", "rss", "application/rss+xml"),
      new Format("rss094", "rss", "application/rss+xml"),
      new Format("rss10", "rss", "application/rdf+xml"),
      new Format("rss20", "rss", "application/rss+xml"),
      new Format("rss20content", "rss", "application/rss+xml"),
      new Format("rss20dc", "rss", "application/rss+xml"),
      new Format("atom03", "atom", "application/atom+xml"),
      new Format("atom10html", "atom", "application/atom+xml"),
      new Format("atom10xhtml", "atom", "application/atom+xml"),
      new Format("json10", "json", "application/feed+json"),
      new Format("json11", "json", "application/feed+json"));

  private static final List<String> ENCODINGS = List.of("utf-8", "utf-8-bom", "iso-8859-1", "header-windows-1252", "utf-16");

  static List<Variant> all(String base) {
    List<Variant> variants = new ArrayList<>();
    int n = 0;
    for (Format format : FORMATS) {
      for (String encoding : ENCODINGS) {
        for (boolean gzip : new boolean[] {false, true}) {
          for (boolean specific : new boolean[] {true, false}) {
            String path = "/v/" + (n++) + "-" + format.name() + "-" + encoding + (gzip ? "-gz" : "") + (specific ? "" : "-generic");
            variants.add(variant(base, path, format, encoding, gzip, specific));
          }
        }
      }
    }
    return variants;
  }

  private static Variant variant(String base, String path, Format format, String encoding, boolean gzip, boolean specific) {
    boolean json = format.family().equals("json");
    String type = specific ? format.specificType() : json ? "application/json" : "application/xml";
    Charset charset;
    String declared;
    boolean bom = false;
    // JSON is Unicode: its encodings are UTF-8 (with or without BOM) or named in the header
    switch (json ? (encoding.equals("utf-8-bom") ? "utf-8-bom" : encoding.startsWith("header") ? encoding : "utf-8") : encoding) {
      case "utf-8-bom" -> {
        charset = StandardCharsets.UTF_8;
        declared = "UTF-8";
        bom = true;
      }
      case "iso-8859-1" -> {
        charset = StandardCharsets.ISO_8859_1;
        declared = "ISO-8859-1";
      }
      case "header-windows-1252" -> {
        charset = Charset.forName("windows-1252");
        declared = null;
        type = type + "; charset=windows-1252";
      }
      case "utf-16" -> {
        charset = StandardCharsets.UTF_16;
        declared = "UTF-16";
      }
      default -> {
        charset = StandardCharsets.UTF_8;
        declared = "UTF-8";
      }
    }
    if (json && charset.equals(Charset.forName("windows-1252"))) {
      charset = StandardCharsets.UTF_8;
      type = type.replace("windows-1252", "utf-8");
    }
    String text = json ? json(base, format.name()) : xml(base, format.name(), declared);
    byte[] bytes = text.getBytes(charset);
    if (bom) {
      byte[] withBom = new byte[bytes.length + 3];
      withBom[0] = (byte) 0xef;
      withBom[1] = (byte) 0xbb;
      withBom[2] = (byte) 0xbf;
      System.arraycopy(bytes, 0, withBom, 3, bytes.length);
      bytes = withBom;
    }
    return new Variant(path, format.family(), type, gzip ? gzip(bytes) : bytes, gzip, ITEMS);
  }

  private static String xml(String base, String format, String encoding) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\"").append(encoding == null ? "" : " encoding=\"" + encoding + "\"")
        .append("?>\n");
    switch (format) {
      case "rss090" -> {
        x.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://my.netscape.com/rdf/simple/0.9/\">")
            .append("<channel><title>").append(TITLE).append("</title><link>").append(base).append("</link>")
            .append("<description>d</description></channel>");
        for (int i = 1; i <= ITEMS; i++) {
          x.append("<item><title>").append(itemTitle(i)).append("</title><link>").append(base).append("/item/").append(i)
              .append("</link></item>");
        }
        x.append("</rdf:RDF>");
      }
      case "rss10" -> {
        x.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"")
            .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"").append(base).append("\"><title>")
            .append(TITLE).append("</title><link>").append(base).append("</link><description>d</description><items><rdf:Seq>");
        for (int i = 1; i <= ITEMS; i++) {
          x.append("<rdf:li resource=\"").append(base).append("/item/").append(i).append("\"/>");
        }
        x.append("</rdf:Seq></items></channel>");
        for (int i = 1; i <= ITEMS; i++) {
          x.append("<item rdf:about=\"").append(base).append("/item/").append(i).append("\"><title>").append(itemTitle(i))
              .append("</title><link>").append(base).append("/item/").append(i).append("</link><description>")
              .append(text(i)).append("</description><dc:creator>José Núñez</dc:creator><dc:date>2024-04-0").append(i)
              .append("T10:00:00Z</dc:date></item>");
        }
        x.append("</rdf:RDF>");
      }
      case "atom03" -> {
        x.append("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>").append(TITLE)
            .append("</title><link rel=\"alternate\" type=\"text/html\" href=\"").append(base).append("\"/>")
            .append("<modified>2024-04-02T10:00:00Z</modified>");
        for (int i = 1; i <= ITEMS; i++) {
          x.append("<entry><title>").append(itemTitle(i)).append("</title><link rel=\"alternate\" type=\"text/html\" href=\"")
              .append(base).append("/item/").append(i).append("\"/><id>tag:test,2024:").append(i).append("</id>")
              .append("<issued>2024-04-0").append(i).append("T10:00:00Z</issued><modified>2024-04-0").append(i)
              .append("T10:00:00Z</modified><author><name>José Núñez</name></author>")
              .append("<content type=\"text/html\" mode=\"escaped\">&lt;p&gt;").append(text(i)).append("&lt;/p&gt;</content></entry>");
        }
        x.append("</feed>");
      }
      case "atom10html", "atom10xhtml" -> {
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>").append(TITLE).append("</title><id>urn:test</id>")
            .append("<updated>2024-04-02T10:00:00Z</updated>");
        for (int i = 1; i <= ITEMS; i++) {
          x.append("<entry><title>").append(itemTitle(i)).append("</title><id>urn:test:").append(i).append("</id>")
              .append("<link href=\"").append(base).append("/item/").append(i).append("\"/><updated>2024-04-0").append(i)
              .append("T10:00:00Z</updated><author><name>José Núñez</name></author>");
          if (format.equals("atom10html")) {
            x.append("<content type=\"html\">&lt;p&gt;").append(text(i)).append("&lt;/p&gt;</content>");
          } else {
            x.append("<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>").append(text(i))
                .append("</p></div></content>");
          }
          x.append("</entry>");
        }
        x.append("</feed>");
      }
      default -> {
        String version = switch (format) {
          case "rss091", "rss091n" -> "0.91";
          case "rss092" -> "0.92";
          case "rss093" -> "0.93";
          case "rss094" -> "0.94";
          default -> "2.0";
        };
        if (format.equals("rss091n")) {
          x.append("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"")
              .append(" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n");
        }
        x.append("<rss version=\"").append(version).append("\"");
        if (format.equals("rss20content")) {
          x.append(" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"");
        }
        if (format.equals("rss20dc")) {
          x.append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"");
        }
        x.append("><channel><title>").append(TITLE).append("</title><link>").append(base)
            .append("</link><description>d</description><language>fr</language>");
        for (int i = 1; i <= ITEMS; i++) {
          x.append("<item><title>").append(itemTitle(i)).append("</title><link>").append(base).append("/item/").append(i)
              .append("</link><description>").append(text(i)).append("</description>");
          if (version.equals("2.0") || version.equals("0.93") || version.equals("0.94")) {
            x.append("<pubDate>Tue, 0").append(i).append(" Apr 2024 10:00:00 GMT</pubDate>");
          }
          if (version.equals("2.0")) {
            x.append("<guid isPermaLink=\"false\">guid-").append(i).append("</guid>");
          }
          if (format.equals("rss20content")) {
            x.append("<content:encoded><![CDATA[<p>").append(text(i)).append("</p><p>Second paragraph.</p>]]></content:encoded>");
          }
          if (format.equals("rss20dc")) {
            x.append("<dc:creator>José Núñez</dc:creator>");
          }
          x.append("</item>");
        }
        x.append("</channel></rss>");
      }
    }
    return x.append('\n').toString();
  }

  private static String json(String base, String format) {
    boolean v11 = format.equals("json11");
    StringBuilder j = new StringBuilder("{\"version\": \"https://jsonfeed.org/version/").append(v11 ? "1.1" : "1")
        .append("\", \"title\": \"").append(TITLE).append("\", \"home_page_url\": \"").append(base).append("\", \"items\": [");
    for (int i = 1; i <= ITEMS; i++) {
      j.append(i > 1 ? "," : "").append("{\"id\": \"").append(i).append("\", \"url\": \"").append(base).append("/item/").append(i)
          .append("\", \"title\": \"").append(itemTitle(i)).append("\", \"content_html\": \"<p>").append(text(i))
          .append("</p>\", \"date_published\": \"2024-04-0").append(i).append("T10:00:00Z\", ")
          .append(v11 ? "\"authors\": [{\"name\": \"José Núñez\"}]" : "\"author\": {\"name\": \"José Núñez\"}").append('}');
    }
    return j.append("]}\n").toString();
  }

  static String text(int i) {
    return "Paragraph about the ½ price crème brûlée sale in Zürich, item " + i + ".";
  }

  private static byte[] gzip(byte[] bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
        zip.write(bytes);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
