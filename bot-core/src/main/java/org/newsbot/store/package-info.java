/**
 * The database, which is the truth: articles and their change log, sources, stories. Start at {@link org.newsbot.store.Database} and {@link org.newsbot.store.ArticleStore}.
 */
package org.newsbot.store;
