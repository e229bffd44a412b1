package org.newsbot.ingest.web;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of a body, whose charset may be declared wrongly: a byte-order mark decides;
 * then a declared charset (the header's, then the document's own) if the bytes are valid in it;
 * then UTF-8 if they are valid UTF-8; then ICU's detection. A single-byte declaration does not
 * win over bytes that are valid UTF-8 with multi-byte characters in them: Latin-1 text almost
 * never forms such sequences, while UTF-8 read as Latin-1 is the commonest mojibake ("CafÃ©").
 */
public final class BodyCharset {
  private static final Pattern XML_ENCODING = Pattern.compile(
      "\\A\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
  private static final int HEAD = 4096;

  private BodyCharset() {}

  /** The body's text. */
  public static String decode(byte[] body, Charset declaredByHeader) {
    Charset charset = detect(body, declaredByHeader);
    int skip = bomLength(body);
    return charset.decode(ByteBuffer.wrap(body, skip, body.length - skip)).toString();
  }

  /** The charset the body is in, by the rules above. */
  public static Charset detect(byte[] body, Charset declaredByHeader) {
    Charset bom = byBom(body);
    if (bom != null) {
      return bom;
    }
    Charset utf16 = utf16WithoutBom(body);
    if (utf16 != null) {
      return utf16;
    }
    boolean utf8 = validIn(body, StandardCharsets.UTF_8);
    boolean multibyte = utf8 && hasNonAscii(body);
    for (Charset declared : new Charset[] {declaredByHeader, declaredInDocument(body)}) {
      if (declared != null && !wide(declared) && validIn(body, declared) && !(multibyte && singleByte(declared))) {
        return declared;
      }
    }
    if (utf8) {
      return StandardCharsets.UTF_8;
    }
    CharsetMatch match = new CharsetDetector().setText(body).detect();
    if (match != null) {
      try {
        return Charset.forName(match.getName());
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // a charset ICU knows and this JVM does not: fall back below
      }
    }
    return Charset.forName("windows-1252");
  }

  /** The charset an XML prolog or an HTML meta tag names, or null. */
  static Charset declaredInDocument(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, HEAD), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head.startsWith("\u00ef\u00bb\u00bf") ? head.substring(3) : head);
    if (xml.find()) {
      return charset(xml.group(1));
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? charset(meta.group(1)) : null;
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  static int bomLength(byte[] body) {
    if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
      return 3;
    }
    if (body.length >= 2 && (((body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff)
        || ((body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe))) {
      return 2;
    }
    return 0;
  }

  private static Charset byBom(byte[] body) {
    if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (body.length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (body.length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** UTF-16 without a mark, told by the zero bytes around a leading '<' or '{' (XML 1.0, appendix F). */
  private static Charset utf16WithoutBom(byte[] body) {
    if (body.length < 4) {
      return null;
    }
    if (body[0] == 0 && body[1] != 0 && body[2] == 0 && body[3] != 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (body[0] != 0 && body[1] == 0 && body[2] != 0 && body[3] == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean validIn(byte[] body, Charset charset) {
    try {
      charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasNonAscii(byte[] body) {
    for (byte b : body) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** UTF-16 and UTF-32 show in the bytes (a mark, or zeros); declared without that, they are wrong. */
  private static boolean wide(Charset charset) {
    String name = charset.name().toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
  }

  private static boolean singleByte(Charset charset) {
    return charset.newEncoder().maxBytesPerChar() <= 1.0f;
  }
}
