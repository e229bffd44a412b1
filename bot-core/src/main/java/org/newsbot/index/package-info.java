/**
 * The Lucene index of article sentences and embedded passages, kept in line with the database.
 * Start at {@link org.newsbot.index.PassageIndex}; {@link org.newsbot.index.IndexSync} follows the
 * change log and {@link org.newsbot.index.EmbeddingBackfill} embeds every passage behind imports.
 */
package org.newsbot.index;
