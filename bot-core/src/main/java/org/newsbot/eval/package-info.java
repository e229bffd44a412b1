/**
 * Measures and fits answer quality on question sets. {@link org.newsbot.eval.Evaluation} runs a set
 * and {@link org.newsbot.eval.EvalReport} gives its figures and coverage/precision curve; {@link
 * org.newsbot.eval.ModelFitting} fits the answer model's weights and threshold with {@link
 * org.newsbot.eval.LogisticFit}.
 */
package org.newsbot.eval;
