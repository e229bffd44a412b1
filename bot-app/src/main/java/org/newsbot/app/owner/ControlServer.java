package org.newsbot.app.owner;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner's end of the control channel: a Unix domain socket that only the owner's user may use
 * (the file is private to it, and each peer's user is checked). Every connection carries one
 * command, run in this process with its standard streams routed back to the client, then its exit
 * code. A command is never interrupted (interrupting database or index I/O would close their
 * files): one whose client goes away (Ctrl-C) runs to its end with its output dropped.
 */
public final class ControlServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ControlServer.class);
  /** Longest socket path the platform takes (sun_path is 108 bytes on Linux), with room to spare. */
  private static final int MAX_SOCKET_PATH = 100;

  /** Runs one command for a client, in this process, with the standard streams already routed. */
  public interface Commands {
    int run(List<String> args, Path workingDirectory);
  }

  private final Path socket;
  private final ServerSocketChannel server;
  private final Commands commands;
  private final Thread acceptor;
  private final Set<Served> running = ConcurrentHashMap.newKeySet();
  private final AtomicInteger served = new AtomicInteger();
  private final String user;
  private volatile boolean stopping;

  private ControlServer(Path socket, ServerSocketChannel server, Commands commands) throws IOException {
    this.socket = socket;
    this.server = server;
    this.commands = commands;
    this.user = Files.getOwner(socket).getName();
    this.acceptor = new Thread(this::acceptLoop, "newsbot-control");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Where the owner of {@code dataDir} listens: in the folder, or in the temporary folder when its path is long. */
  public static Path socketFor(Path dataDir) {
    Path inFolder = dataDir.toAbsolutePath().normalize().resolve("newsbot.sock");
    if (inFolder.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
      return inFolder;
    }
    String name = "newsbot-" + Integer.toHexString(inFolder.toString().hashCode()) + "-"
        + ProcessHandle.current().pid() + ".sock";
    return Path.of(System.getProperty("java.io.tmpdir")).resolve(name);
  }

  /** Listens on {@code socket}, replacing a socket file a dead owner left there. */
  public static ControlServer start(Path socket, Commands commands) throws IOException {
    RoutedStreams.install();
    Files.deleteIfExists(socket);
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      server.bind(UnixDomainSocketAddress.of(socket));
      Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
      return new ControlServer(socket, server, commands);
    } catch (IOException | RuntimeException e) {
      server.close();
      Files.deleteIfExists(socket);
      throw e;
    }
  }

  public Path socket() {
    return socket;
  }

  /** Commands served so far. */
  public int served() {
    return served.get();
  }

  private void acceptLoop() {
    while (!stopping) {
      SocketChannel channel;
      try {
        channel = server.accept();
      } catch (ClosedChannelException closed) {
        return;
      } catch (IOException e) {
        if (!stopping) {
          log.warn("the control socket {} failed: {}", socket, e.getMessage());
        }
        return;
      }
      Thread thread = new Thread(() -> serve(channel), "newsbot-control-" + served.incrementAndGet());
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void serve(SocketChannel channel) {
    try (channel) {
      DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
      DataOutputStream out = new DataOutputStream(Channels.newOutputStream(channel));
      UserPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED) instanceof UnixDomainPrincipal p
          ? p.user() : null;
      if (peer == null || !peer.getName().equals(user)) {
        refuse(out, "this newsbot serves only its own user, " + user);
        return;
      }
      Frames.Request request;
      try {
        request = Frames.readRequest(in);
      } catch (IOException e) {
        return; // not one of ours, or gone before asking
      }
      if (stopping) {
        refuse(out, "the owner is stopping");
        return;
      }
      Served command = new Served(Thread.currentThread(), channel);
      running.add(command);
      try {
        if (stopping) {
          refuse(out, "the owner is stopping");
          return;
        }
        Frames.writeFrame(out, Frames.STARTED, new byte[0], 0, 0);
        int code = run(request, out);
        Frames.writeExit(out, code);
      } finally {
        running.remove(command);
        synchronized (running) {
          running.notifyAll();
        }
      }
    } catch (IOException e) {
      log.debug("a control client went away: {}", e.getMessage());
    } catch (RuntimeException e) {
      log.warn("serving a command over the control socket failed", e);
    }
  }

  private int run(Frames.Request request, DataOutputStream out) {
    Charset charset = StandardCharsets.UTF_8;
    PrintStream stdout = new PrintStream(new FrameStream(out, Frames.OUT), true, charset);
    PrintStream stderr = new PrintStream(new FrameStream(out, Frames.ERR), true, charset);
    try {
      return RoutedStreams.run(stdout, stderr, new ByteArrayInputStream(new byte[0]),
          () -> commands.run(request.args(), request.workingDirectory()));
    } catch (Exception e) {
      log.warn("a command served over the control socket failed", e);
      stderr.println("newsbot: the command failed in the newsbot that owns the data folder; its log has the details.");
      return 1;
    }
  }

  private static void refuse(DataOutputStream out, String why) throws IOException {
    byte[] bytes = why.getBytes(StandardCharsets.UTF_8);
    Frames.writeFrame(out, Frames.REFUSED, bytes, 0, bytes.length);
  }

  /**
   * Stops taking commands and waits up to {@code grace} for those running to finish; the clients of
   * any still running then hear that the owner stopped.
   */
  public void close(Duration grace) {
    stopping = true;
    try {
      server.close();
    } catch (IOException e) {
      // closing it is all we wanted
    }
    try {
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      // the next owner replaces it
    }
    long deadline = System.nanoTime() + grace.toNanos();
    synchronized (running) {
      while (!running.isEmpty() && System.nanoTime() < deadline) {
        try {
          running.wait(Math.max(1, Math.min(200, (deadline - System.nanoTime()) / 1_000_000)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    for (Served command : running) {
      try {
        command.channel.close();
      } catch (IOException e) {
        // gone already
      }
    }
  }

  /** Waits for every command being served to finish. */
  @Override
  public void close() {
    close(Duration.ofDays(365));
  }

  private static final class Served {
    final Thread thread;
    final SocketChannel channel;

    Served(Thread thread, SocketChannel channel) {
      this.thread = thread;
      this.channel = channel;
    }
  }

  /** Bytes written to it become frames of one kind. */
  private static final class FrameStream extends OutputStream {
    private final DataOutputStream out;
    private final byte kind;

    FrameStream(DataOutputStream out, byte kind) {
      this.out = out;
      this.kind = kind;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (length > 0) {
        Frames.writeFrame(out, kind, bytes, offset, length);
      }
    }
  }
}
