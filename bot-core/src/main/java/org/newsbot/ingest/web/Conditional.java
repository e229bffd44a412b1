package org.newsbot.ingest.web;

/** The validators of an earlier response, sent so an unchanged resource answers 304. */
public record Conditional(String etag, String lastModified) {
  public static final Conditional NONE = new Conditional(null, null);
}
