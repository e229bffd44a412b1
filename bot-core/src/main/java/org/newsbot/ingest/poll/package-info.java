/**
 * Web sources polled on their own schedules, politely, with their state kept. Start at {@link org.newsbot.ingest.poll.WebSources}.
 */
package org.newsbot.ingest.poll;
