package org.newsbot.alerts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.newsbot.chat.ChatPlatform;
import org.newsbot.chat.DeliveryException;
import org.newsbot.chat.PlainTextRenderer;
import org.newsbot.chat.Reply;
import org.slf4j.MDC;

/** A chat platform that keeps what it was sent and can be told to fail the next sends. */
final class RecordingPlatform implements ChatPlatform {
  /** One message the platform took, and the log context (MDC) of the thread that sent it. */
  record Sent(String chatId, String key, Reply reply, Map<String, String> logContext) {
    String text() {
      return PlainTextRenderer.render(reply);
    }
  }

  private final String name;
  private final List<Sent> sent = new ArrayList<>();
  private final Deque<DeliveryException> failures = new ArrayDeque<>();
  private IntFunction<DeliveryException> script = call -> null;
  private int calls;

  RecordingPlatform(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void send(String chatId, Reply reply) throws DeliveryException {
    send(chatId, reply, null);
  }

  @Override
  public synchronized void send(String chatId, Reply reply, String key) throws DeliveryException {
    calls++;
    DeliveryException failure = failures.poll();
    if (failure == null) {
      failure = script.apply(calls);
    }
    if (failure != null) {
      throw failure;
    }
    Map<String, String> context = MDC.getCopyOfContextMap();
    sent.add(new Sent(chatId, key, reply, context == null ? Map.of() : Map.copyOf(context)));
  }

  /** The next sends fail with these, in order. */
  synchronized void failNext(DeliveryException... next) {
    failures.addAll(List.of(next));
  }

  /** From now on the n-th call (counting from 1) fails with what {@code script} gives, or succeeds on null. */
  synchronized void script(IntFunction<DeliveryException> script) {
    this.script = script;
  }

  synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  synchronized int calls() {
    return calls;
  }
}
