package org.newsbot.index;

/** A passage that a search found, with its BM25 score. */
public record PassageHit(Passage passage, float score) {}
