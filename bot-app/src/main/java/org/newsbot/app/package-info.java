/**
 * The runnable newsbot: configuration, wiring, the command line (start at {@link org.newsbot.app.Main}), the console chat, and the ownership of an embedded data folder ({@code FolderOwnership}).
 */
package org.newsbot.app;
