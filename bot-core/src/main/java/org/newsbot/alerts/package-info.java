/**
 * Subscriptions and alerts: matching new articles against stored queries, one alert per story, and delivery through an outbox. Start at {@link org.newsbot.alerts.Alerts}.
 */
package org.newsbot.alerts;
