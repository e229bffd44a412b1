package org.newsbot.app.owner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A command line's end of the control channel: sends its command to the owner and plays back what it prints. */
public final class ControlClient {
  private ControlClient() {}

  /** How a command sent to the owner ended. */
  public sealed interface Outcome {
    /** The owner ran it; this is its exit code. */
    record Exited(int code) implements Outcome {}

    /** The owner did not take it (not listening yet, stopping); it is safe to send it again. */
    record NotTaken(String why) implements Outcome {}

    /** The owner took it and went away before it finished: it may have done part of it. */
    record Lost() implements Outcome {}
  }

  /** Sends {@code args} (run as if in {@code workingDirectory}) and copies the owner's output to {@code out} and {@code err}. */
  public static Outcome send(Path socket, List<String> args, Path workingDirectory, PrintStream out, PrintStream err) {
    SocketChannel channel;
    try {
      channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    } catch (IOException e) {
      return new Outcome.NotTaken("cannot open a socket: " + e.getMessage());
    }
    try (channel) {
      try {
        channel.connect(UnixDomainSocketAddress.of(socket));
      } catch (IOException e) {
        return new Outcome.NotTaken("nothing listens on " + socket);
      }
      DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
      boolean taken = false;
      try {
        Frames.writeRequest(new DataOutputStream(Channels.newOutputStream(channel)),
            new Frames.Request(workingDirectory, args));
        while (true) {
          Frames.Frame frame = Frames.readFrame(in);
          if (frame == null) {
            return taken ? new Outcome.Lost() : new Outcome.NotTaken("the owner closed the connection");
          }
          switch (frame.kind()) {
            case Frames.STARTED -> taken = true;
            case Frames.OUT -> {
              out.write(frame.payload());
              out.flush();
            }
            case Frames.ERR -> {
              err.write(frame.payload());
              err.flush();
            }
            case Frames.EXIT -> {
              return new Outcome.Exited(frame.exitCode());
            }
            case Frames.REFUSED -> {
              return new Outcome.NotTaken(new String(frame.payload(), StandardCharsets.UTF_8));
            }
            default -> {
              return new Outcome.Lost();
            }
          }
        }
      } catch (IOException e) {
        // the request went out: the owner may have started the command
        return new Outcome.Lost();
      }
    } catch (IOException e) {
      return new Outcome.Lost();
    }
  }
}
