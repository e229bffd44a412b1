package org.newsbot.alerts;

import java.time.Instant;

/**
 * A chat's standing query. {@code afterChange} is the article change log's end when it was made:
 * only articles logged later alert it. {@code version} orders every change to subscriptions.
 */
public record Subscription(long id, String platform, String chatId, String query, String createdBy,
    Instant createdAt, long afterChange, boolean active, long version) {}
