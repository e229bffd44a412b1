/**
 * {@code newsbot bench}: measures import, embedding and answer speed in one JVM, on the Reuters
 * corpus and a large set made from every corpus, asking the questions of the project's question
 * sets. Start at {@link org.newsbot.bench.Bench}; {@link org.newsbot.bench.BenchReport} holds the
 * figures and renders them. A set built in a kept work folder carries a marker of how it was
 * built ({@code BuiltSet}), so that later runs only time the questions.
 */
package org.newsbot.bench;
