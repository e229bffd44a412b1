/**
 * Fetching from the web safely: the address guard, limits, timeouts and charsets. Start at {@link org.newsbot.ingest.web.HttpFetcher}.
 */
package org.newsbot.ingest.web;
