package org.newsbot.telegram;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects every log event (the test logging configuration lets DEBUG through) while open. */
final class LogCapture implements AutoCloseable {
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  LogCapture() {
    appender.start();
    root.addAppender(appender);
  }

  /** Each event as one string: level, logger, message, and the full stack trace text if any. */
  List<String> lines() {
    synchronized (appender.list) {
      return appender.list.stream().map(LogCapture::describe).toList();
    }
  }

  private static String describe(ILoggingEvent event) {
    String line = event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage();
    if (event.getThrowableProxy() != null) {
      line += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
    }
    return line;
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
  }
}
