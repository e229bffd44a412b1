/**
 * newsbot's core wired together: start at {@link org.newsbot.Newsbot}, opened from {@link org.newsbot.NewsbotSettings}.
 */
package org.newsbot;
