/**
 * Optional generative wording of extractive answers, checked against their claims. Start at {@link org.newsbot.answer.wording.Rewording}.
 */
package org.newsbot.answer.wording;
