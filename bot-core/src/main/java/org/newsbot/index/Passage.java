package org.newsbot.index;

import java.time.LocalDate;

/** A sentence of an article, with what a citation of it needs. */
public record Passage(
    long articleId,
    int ordinal,
    String text,
    String title,
    String outlet,
    String url,
    LocalDate published,
    String language) {}
