/**
 * Getting articles in: file import ({@link org.newsbot.ingest.FileImporter}: plain text and JSON
 * Lines), the one date reader ({@link org.newsbot.ingest.DateReader}), the one HTML-to-text
 * sanitiser ({@link org.newsbot.ingest.HtmlText}) and the boilerplate rules for pages and files
 * ({@link org.newsbot.ingest.Boilerplate}). Web sources live in the sub-packages: {@code feed}
 * (feed formats), {@code page} (article pages), {@code web} (fetching, charsets, the address
 * guard) and {@code poll} (polling and storing).
 */
package org.newsbot.ingest;
