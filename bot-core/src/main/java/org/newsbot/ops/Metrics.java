package org.newsbot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * newsbot's meters, named once here so every feature counts the same way and operators scrape
 * them in Prometheus's text format from {@code /metrics}:
 *
 * <ul>
 *   <li>{@code newsbot_articles_ingested_total{via, outcome}}: articles stored new ({@code added})
 *       or changed ({@code revised}) by polling ({@code via="poll"}) or an import
 *   <li>{@code newsbot_source_polls_total} and {@code newsbot_source_failures_total}
 *   <li>{@code newsbot_answer_seconds}: a histogram of the time to answer a question
 *   <li>{@code newsbot_alerts_queued_total}: alerts and updates this instance's matcher wrote to
 *       the outbox (a digest gathers queued ones and is not counted again); {@code _sent_total},
 *       {@code _failed_total}: deliveries by this instance
 *   <li>{@code newsbot_rate_limit_wait_seconds_total{platform}}: time spent waiting because a chat
 *       platform limits how fast the bot may post
 *   <li>the JVM's memory, threads, CPU and uptime
 * </ul>
 */
public final class Metrics {
  private static final Duration[] ANSWER_BUCKETS = {
      Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
      Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
      Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

  private final PrometheusMeterRegistry registry;
  private final Counter polled;
  private final Counter addedByPoll;
  private final Counter revisedByPoll;
  private final Counter addedByImport;
  private final Counter revisedByImport;
  private final Counter sourceFailures;
  private final Timer answers;
  private final Counter alertsQueued;
  private final Counter alertsSent;
  private final Counter alertsFailed;

  private Metrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
    addedByPoll = ingested("poll", "added");
    revisedByPoll = ingested("poll", "revised");
    addedByImport = ingested("import", "added");
    revisedByImport = ingested("import", "revised");
    polled = Counter.builder("newsbot.source.polls").description("polls of web sources, failed or not")
        .register(registry);
    sourceFailures = Counter.builder("newsbot.source.failures")
        .description("polls of web sources that failed (the source's state says why)").register(registry);
    answers = Timer.builder("newsbot.answer").description("time to answer a question")
        .serviceLevelObjectives(ANSWER_BUCKETS).register(registry);
    alertsQueued = Counter.builder("newsbot.alerts.queued")
        .description("alerts and updates written to the outbox")
        .register(registry);
    alertsSent = Counter.builder("newsbot.alerts.sent").description("alerts a chat platform accepted")
        .register(registry);
    alertsFailed = Counter.builder("newsbot.alerts.failed")
        .description("alert deliveries that failed (retried later unless the chat is gone)").register(registry);
    rateLimitWaits("telegram");
    rateLimitWaits("discord");
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** A fresh set of meters, all at zero. */
  public static Metrics create() {
    return new Metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
  }

  private Counter ingested(String via, String outcome) {
    return Counter.builder("newsbot.articles.ingested").description("articles stored new or revised")
        .tag("via", via).tag("outcome", outcome).register(registry);
  }

  private Counter rateLimitWaits(String platform) {
    return Counter.builder("newsbot.rate.limit.wait").baseUnit("seconds")
        .description("time spent waiting on a chat platform's rate limits")
        .tag("platform", platform.toLowerCase(Locale.ROOT)).register(registry);
  }

  /** Articles a poll of a web source added and revised. */
  public void polled(boolean ok, int added, int revised) {
    polled.increment();
    if (!ok) {
      sourceFailures.increment();
    }
    addedByPoll.increment(added);
    revisedByPoll.increment(revised);
  }

  /** Articles an import of files added and revised. */
  public void imported(int added, int revised) {
    addedByImport.increment(added);
    revisedByImport.increment(revised);
  }

  /** Runs {@code answer} and records how long it took. */
  public <T> T timeAnswer(Supplier<T> answer) {
    return answers.record(answer);
  }

  /** Alerts and updates a matcher wrote to the outbox in one committed batch. */
  public void alertsQueued(int count) {
    alertsQueued.increment(count);
  }

  public void alertSent() {
    alertsSent.increment();
  }

  public void alertFailed() {
    alertsFailed.increment();
  }

  /** Records time spent waiting before posting to {@code platform} because of its rate limits. */
  public void rateLimitWaited(String platform, Duration waited) {
    if (waited.isNegative() || waited.isZero()) {
      return;
    }
    rateLimitWaits(platform).increment(waited.toNanos() / 1e9);
  }

  /** Every meter in Prometheus's text exposition format. */
  public String scrape() {
    return registry.scrape();
  }

  /** The registry, for meters of a feature's own. */
  public MeterRegistry registry() {
    return registry;
  }
}
