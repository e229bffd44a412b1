package org.newsbot.app;

import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * What a user is told when a command fails: the failure's own message when it is written for
 * users, else a sentence that points to the log, where the details go. Never an exception's name.
 */
final class Failures {
  /** Failures that are mistakes in newsbot itself: their messages speak of its code, not the user's input. */
  private static final Set<Class<? extends Throwable>> BUGS = Set.of(NullPointerException.class,
      ClassCastException.class, IndexOutOfBoundsException.class, ArrayIndexOutOfBoundsException.class,
      StringIndexOutOfBoundsException.class, ArithmeticException.class, UnsupportedOperationException.class,
      NegativeArraySizeException.class);

  private Failures() {}

  static String sentence(Throwable e) {
    String message = e.getMessage();
    if (e instanceof Error || BUGS.contains(e.getClass()) || message == null || message.isBlank()) {
      LoggerFactory.getLogger(Failures.class).error("the command failed", e);
      if (e instanceof OutOfMemoryError) {
        return "the command ran out of memory; give newsbot a larger heap (jvm.heap or NEWSBOT_JVM_HEAP).";
      }
      if (e instanceof StackOverflowError) {
        return "the command's input is nested too deeply to read.";
      }
      return "the command failed unexpectedly; the log in the data folder's logs has the details.";
    }
    LoggerFactory.getLogger(Failures.class).debug("the command failed", e);
    // a message wrapped by another carries the inner one's class name in front
    return message.replaceFirst("^([a-z]+\\.)+[A-Z]\\w*(Exception|Error): ", "");
  }
}
