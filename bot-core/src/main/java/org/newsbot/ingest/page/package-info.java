/**
 * Article pages: title, byline, date and main text extracted from HTML. Start at {@link org.newsbot.ingest.page.PageExtractor}.
 */
package org.newsbot.ingest.page;
