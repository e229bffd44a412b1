/**
 * Answers questions from the indexed articles, citing them. Start at {@link
 * org.newsbot.answer.AnswerEngine}: it reads the question ({@code Question}, with {@code
 * QuestionFillers}, {@code Speller}, {@code AnswerKind}), retrieves passages ({@code Retriever}),
 * gives every candidate sentence its features ({@code CandidateFinder}, {@code Feature}, {@code
 * Entities}), scores them with the fitted {@code AnswerModel}, decides once whether to answer
 * ({@code Confidence}), selects claims ({@code ClaimSelector}) and finds disagreeing figures
 * ({@code ConflictFinder}). What the engine knows of language (fillers, paraphrases, kinds of
 * answer, how a sentence gives each kind) lives in the text files beside it in the resources, and
 * the weights in answer-model.properties, written by {@code newsbot fit}.
 */
package org.newsbot.answer;
