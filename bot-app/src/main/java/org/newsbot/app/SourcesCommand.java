package org.newsbot.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsbot.Newsbot;
import org.newsbot.article.Source;
import org.newsbot.ingest.poll.AddedSource;
import org.newsbot.ingest.poll.PollReport;
import org.newsbot.ingest.poll.SourceException;
import org.newsbot.ingest.poll.SourceStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Feeds and pages on the command line: add, list, remove, poll now, and preview. */
@Command(name = "sources", description = "Manage the feeds and pages newsbot polls (lists them by default).",
    subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class,
        SourcesCommand.Poll.class, PreviewCommand.class})
final class SourcesCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Override
  public Integer call() {
    return new ListSources(this).call();
  }

  static PrintStream out() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  @Command(name = "add", description = "Add a feed (RSS, Atom, JSON Feed), an article page, or a page that offers a feed.")
  static final class Add implements Callable<Integer> {
    @ParentCommand
    SourcesCommand sources;

    @Parameters(index = "0", paramLabel = "URL", description = "the feed or page address")
    String url;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "NAME", description = "a name for the source (default: the feed's title)")
    List<String> name = new ArrayList<>();

    @Option(names = "--every", paramLabel = "MINUTES",
        description = "poll this source every MINUTES instead of the configured interval")
    Integer every;

    @Override
    public Integer call() {
      if (every != null && every < 1) {
        System.err.println("newsbot sources add: --every needs a number of minutes of at least 1");
        return 2;
      }
      try (Newsbot newsbot = sources.main.open()) {
        AddedSource added = newsbot.webSources().add(url, name.isEmpty() ? null : String.join(" ", name), "command line");
        Source source = added.source();
        if (every != null) {
          newsbot.webSources().setInterval(source.id(), java.time.Duration.ofMinutes(every));
        }
        PrintStream out = out();
        if (added.existed()) {
          out.println("Already a source: " + source.id() + ". " + label(source) + " " + source.url());
          return 0;
        }
        String what = source.kind() == Source.Kind.PAGE ? "article page"
            : added.format() + " feed, " + added.entries() + (added.entries() == 1 ? " entry" : " entries");
        out.println("Added source " + source.id() + ": " + label(source) + " (" + what + ") " + source.url());
        if (added.offeredBy() != null) {
          out.println("The page " + added.offeredBy() + " offers this feed, so the feed was added.");
        }
        out.println("A running newsbot polls it; 'newsbot sources poll " + source.id() + "' polls it now.");
        return 0;
      } catch (SourceException e) {
        System.err.println("newsbot sources add: " + e.getMessage());
        return 1;
      }
    }
  }

  @Command(name = "list", description = "List every source with its state: last success, last error, next attempt, failures in a row.")
  static final class ListSources implements Callable<Integer> {
    @ParentCommand
    SourcesCommand sources;

    ListSources() {}

    ListSources(SourcesCommand sources) {
      this.sources = sources;
    }

    @Override
    public Integer call() {
      try (Newsbot newsbot = sources.main.open()) {
        List<SourceStatus> all = newsbot.webSources().list();
        PrintStream out = out();
        if (all.isEmpty()) {
          out.println("No sources yet. Add one with: newsbot sources add URL");
        }
        for (SourceStatus status : all) {
          out.println(status.headline());
          out.println("   " + status.source().url());
          if (status.state() != null) {
            out.println("   " + status.stateLine());
          }
        }
        return 0;
      }
    }
  }

  @Command(name = "remove", description = "Stop polling sources; their articles stay searchable.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand
    SourcesCommand sources;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "source numbers, as 'sources list' shows them")
    List<Long> ids;

    @Override
    public Integer call() {
      int missing = 0;
      try (Newsbot newsbot = sources.main.open()) {
        for (long id : ids) {
          if (newsbot.webSources().remove(id)) {
            out().println("Removed source " + id + "; its articles stay searchable.");
          } else {
            System.err.println("newsbot sources remove: there is no source " + id);
            missing++;
          }
        }
      }
      return missing == 0 ? 0 : 1;
    }
  }

  @Command(name = "poll", description = "Poll feeds and pages now (all, or the given ones) and index what they bring.")
  static final class Poll implements Callable<Integer> {
    @ParentCommand
    SourcesCommand sources;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "source numbers (default: every feed and page)")
    List<Long> ids = new ArrayList<>();

    @Override
    public Integer call() {
      try (Newsbot newsbot = sources.main.open()) {
        List<PollReport> reports = newsbot.webSources().poll(ids);
        PrintStream out = out();
        if (reports.isEmpty()) {
          out.println(ids.isEmpty() ? "No feeds or pages to poll." : "No such feed or page: " + ids);
          return ids.isEmpty() ? 0 : 1;
        }
        int failed = 0;
        for (PollReport report : reports) {
          out.println(report.summary());
          for (String note : report.notes()) {
            out.println("   " + note);
          }
          if (!report.ok()) {
            failed++;
          }
        }
        if (!newsbot.indexWritable()) {
          out.println("Another newsbot process holds the search index; it indexes these articles within seconds.");
        }
        return failed == 0 ? 0 : 3;
      }
    }
  }

  private static String label(Source source) {
    return source.name() == null ? source.url() : source.name();
  }
}
