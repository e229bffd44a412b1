package org.newsbot.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantized), run offline by ONNX Runtime from the model jar. The model loads on
 * first use, which takes about a second.
 */
public final class MiniLmEmbedder implements Embedder {
  private volatile EmbeddingModel model;

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public float[][] embed(List<String> texts) {
    var embeddings = model().embedAll(texts.stream().map(TextSegment::from).toList()).content();
    float[][] vectors = new float[embeddings.size()][];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = normalize(embeddings.get(i).vector());
    }
    return vectors;
  }

  private EmbeddingModel model() {
    EmbeddingModel loaded = model;
    if (loaded == null) {
      synchronized (this) {
        if (model == null) {
          model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        loaded = model;
      }
    }
    return loaded;
  }

  static float[] normalize(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < vector.length; i++) {
        vector[i] = (float) (vector[i] / norm);
      }
    }
    return vector;
  }
}
