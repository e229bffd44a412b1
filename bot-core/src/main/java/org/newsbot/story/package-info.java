/**
 * Near-duplicate articles grouped into stories by MinHash. Start at {@link org.newsbot.story.StoryClusters}.
 */
package org.newsbot.story;
