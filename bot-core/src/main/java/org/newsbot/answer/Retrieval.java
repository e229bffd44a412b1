package org.newsbot.answer;

import java.util.List;
import java.util.Map;
import org.newsbot.index.PassageHit;
import org.newsbot.index.PassageIndex;

/**
 * What retrieval found for a question.
 *
 * @param documents the number of sentences searched
 * @param idf the weight of each question word (by stem): how rare it is among sentences
 * @param hits the sentences keyword search found, best first, with their scores
 * @param articles the articles to read, best first (keyword and meaning fused)
 * @param chunks the closeness in meaning of every embedded passage of those articles
 * @param vector the question's vector, or null without search by meaning
 */
record Retrieval(int documents, Map<String, Double> idf, List<PassageHit> hits, List<Long> articles,
    Map<Long, List<PassageIndex.ChunkHit>> chunks, float[] vector) {}
