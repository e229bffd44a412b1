/**
 * One owner of an embedded data folder. The process that holds {@link org.newsbot.app.owner.OwnerLock}
 * (an operating-system file lock, released even by kill -9) alone opens the folder's database and
 * index; it serves other newsbot commands over a Unix domain socket ({@link
 * org.newsbot.app.owner.ControlServer}), each run in-process with its output streamed back
 * ({@link org.newsbot.app.owner.ControlClient}). {@link org.newsbot.app.owner.RoutedStreams} lets
 * a command served for a client write to {@code System.out} as if it ran alone. Start reading at
 * {@code OwnerLock}.
 */
package org.newsbot.app.owner;
