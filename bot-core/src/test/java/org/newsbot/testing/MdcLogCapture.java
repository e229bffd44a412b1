package org.newsbot.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/** Records newsbot's log events, down to INFO, with the MDC of the thread that logged them. */
public final class MdcLogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final Logger logger = (Logger) LoggerFactory.getLogger("org.newsbot");
  private final Level previous = logger.getLevel();
  private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

  public MdcLogCapture() {
    start();
    logger.setLevel(Level.INFO);
    logger.setAdditive(false); // kept off the console: the test reads the events
    logger.addAppender(this);
  }

  @Override
  protected void append(ILoggingEvent event) {
    event.prepareForDeferredProcessing(); // takes the MDC now, on the logging thread
    events.add(event);
  }

  public List<ILoggingEvent> events() {
    return List.copyOf(events);
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    logger.setLevel(previous);
    logger.setAdditive(true);
    stop();
  }
}
