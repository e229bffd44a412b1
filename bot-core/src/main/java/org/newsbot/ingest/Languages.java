package org.newsbot.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of article text with OpenNLP's language-detection model (103 languages).
 * Returns ISO 639-1 codes where one exists ("en"), else the model's ISO 639-3 code; null when the
 * text is too short or the model is unsure.
 */
public final class Languages {
  private static final int MIN_LETTERS = 40;
  private static final int SAMPLE_CHARS = 1000;
  private static final double MIN_CONFIDENCE = 0.2;

  private Languages() {}

  /** Loaded on first use: the model takes about a second and 40 MB. */
  private static final class Model {
    static final LanguageDetectorModel MODEL = load();
    static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private static LanguageDetectorModel load() {
      try (InputStream in = Languages.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException("the OpenNLP language model langdetect-183.bin is not on the classpath");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the language model", e);
      }
    }

    private static Map<String, String> twoLetterCodes() {
      Map<String, String> codes = new HashMap<>();
      for (String two : Locale.getISOLanguages()) {
        try {
          codes.put(Locale.of(two).getISO3Language(), two);
        } catch (java.util.MissingResourceException e) {
          // no three-letter code known for this one
        }
      }
      codes.put("cmn", "zh");
      codes.put("pes", "fa");
      codes.put("zlm", "ms");
      codes.put("ekk", "et");
      codes.put("lvs", "lv");
      codes.put("arb", "ar");
      codes.put("azj", "az");
      codes.put("uzn", "uz");
      codes.put("swh", "sw");
      codes.put("khk", "mn");
      codes.put("npi", "ne");
      codes.put("gug", "gn");
      return codes;
    }
  }

  public static String detect(String text) {
    if (text == null) {
      return null;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    long letters = sample.chars().filter(Character::isLetter).count();
    if (letters < MIN_LETTERS) {
      return null;
    }
    Language best = new LanguageDetectorME(Model.MODEL).predictLanguage(sample);
    if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
      return null;
    }
    return Model.TWO_LETTER.getOrDefault(best.getLang(), best.getLang());
  }
}
