package org.newsbot.telegram;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Swaps {@link BotToken#PLACEHOLDER} in the request path for the real token, as late as possible,
 * and keeps the token out of any I/O error that comes back.
 */
final class TokenInterceptor implements Interceptor {
  private static final String PLACEHOLDER_SEGMENT = "bot" + BotToken.PLACEHOLDER;

  private final BotToken token;

  TokenInterceptor(BotToken token) {
    this.token = token;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    if (!url.pathSegments().isEmpty() && url.pathSegments().get(0).equals(PLACEHOLDER_SEGMENT)) {
      url = url.newBuilder().setPathSegment(0, "bot" + token.value()).build();
      request = request.newBuilder().url(url).build();
    }
    try {
      return chain.proceed(request);
    } catch (IOException e) {
      if (!token.appearsIn(e)) {
        throw e;
      }
      // the cause chain names the token somewhere: pass on a scrubbed summary instead
      throw new IOException(e.getClass().getSimpleName() + ": " + token.scrub(e.getMessage()));
    }
  }
}
