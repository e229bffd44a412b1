package org.newsbot.answer;

import java.util.Map;

/**
 * What retrieval found for a question: the articles to read, best first with a 0..1 share of the
 * best; the weight of each question word; the number of sentences searched; the question's vector
 * (null without semantic search).
 */
record Retrieval(Map<Long, Double> articles, Map<String, Double> idf, int documents, float[] vector) {}
