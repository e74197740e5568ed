package dev.netwright.model.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Finds the line and column of a place in a JSON text that has already been parsed once. The tree
 * the reader works on keeps no locations, so when it finds a problem the text is scanned again,
 * only then, for the token at that place (or, for a missing field, at the nearest place above it).
 */
final class JsonLocator {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLocator() {
  }

  /** "line L, column C" of the place, or of its nearest ancestor present in the text. */
  static Optional<String> lineAndColumn(String text, JsonPlace place) {
    for (JsonPlace at = place; ; at = at.parent()) {
      Optional<JsonLocation> found = find(text, at.segments());
      if (found.isPresent()) {
        return found.map(location -> "line " + location.getLineNr() + ", column " + location.getColumnNr());
      }
      if (at.segments().isEmpty()) {
        return Optional.empty();
      }
    }
  }

  private static Optional<JsonLocation> find(String text, List<Object> segments) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          context = context.getParent();
        }
        if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY && isAt(context, segments)) {
          return Optional.of(parser.currentTokenLocation());
        }
      }
    } catch (IOException e) {
      // the text parsed before; if it no longer does, there is simply no location to add
    }
    return Optional.empty();
  }

  /** True when the parser's context is at exactly these segments (compared level by level, without building a path). */
  private static boolean isAt(JsonStreamContext context, List<Object> segments) {
    int remaining = segments.size();
    for (JsonStreamContext level = context; level != null && !level.inRoot(); level = level.getParent()) {
      if (remaining == 0) {
        return false;
      }
      Object segment = segments.get(--remaining);
      if (level.inObject() ? !segment.equals(level.getCurrentName())
          : !(segment instanceof Integer index) || level.getCurrentIndex() != index) {
        return false;
      }
    }
    return remaining == 0;
  }
}
