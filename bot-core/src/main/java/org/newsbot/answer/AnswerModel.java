package org.newsbot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The weights that turn a sentence's features into the probability that it answers: a logistic
 * model fitted on question sets ({@code newsbot fit}), kept in answer-model.properties. Two sets
 * of weights: one for passages with embeddings, one for keywords alone (an article not embedded
 * yet); and a third over the candidates as a whole ({@link Confidence}) that gives the answer's
 * confidence, with the threshold below which the engine declines.
 */
final class AnswerModel {
  static final String RESOURCE = "answer-model.properties";

  /** One set of weights: a bias and a weight per feature. */
  record Weights(double bias, double[] weights) {
    double probability(double[] features) {
      return 1 / (1 + Math.exp(-logit(features)));
    }

    double logit(double[] features) {
      double z = bias;
      for (int i = 0; i < features.length; i++) {
        z += weights[i] * features[i];
      }
      return z;
    }
  }

  final Weights meaning;
  final Weights keywords;
  /** Weights over {@link Confidence} features: the probability that the answer as a whole is right. */
  final Weights confidence;
  final double threshold;
  final String version;

  AnswerModel(Weights meaning, Weights keywords, Weights confidence, double threshold, String version) {
    this.meaning = meaning;
    this.keywords = keywords;
    this.confidence = confidence;
    this.threshold = threshold;
    this.version = version;
  }

  static AnswerModel load() {
    Properties properties = new Properties();
    try (InputStream in = AnswerModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AnswerModel(weights(properties, "meaning"), weights(properties, "keywords"),
        confidenceWeights(properties), Double.parseDouble(properties.getProperty("threshold", "0.5")), properties.getProperty("version", "?"));
  }

  private static Weights confidenceWeights(Properties properties) {
    double[] weights = new double[Confidence.COUNT];
    for (Confidence feature : Confidence.values()) {
      weights[feature.ordinal()] = Double.parseDouble(properties.getProperty("confidence." + feature.key,
          feature == Confidence.TOP_LOGIT ? "1" : "0"));
    }
    return new Weights(Double.parseDouble(properties.getProperty("confidence.bias", "0")), weights);
  }

  private static Weights weights(Properties properties, String set) {
    double[] weights = new double[Feature.COUNT];
    for (Feature feature : Feature.values()) {
      weights[feature.ordinal()] = Double.parseDouble(properties.getProperty(set + "." + feature.key, "0"));
    }
    return new Weights(Double.parseDouble(properties.getProperty(set + ".bias", "0")), weights);
  }
}
