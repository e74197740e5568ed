package dev.netwright.model.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
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
      Optional<JsonLocation> found = find(text, at.pointer());
      if (found.isPresent()) {
        return found.map(location -> "line " + location.getLineNr() + ", column " + location.getColumnNr());
      }
      if (at.segments().isEmpty()) {
        return Optional.empty();
      }
    }
  }

  private static Optional<JsonLocation> find(String text, String pointer) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          context = context.getParent();
        }
        if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY && context != null
            && context.pathAsPointer().toString().equals(pointer)) {
          return Optional.of(parser.currentTokenLocation());
        }
      }
    } catch (IOException e) {
      // the text parsed before; if it no longer does, there is simply no location to add
    }
    return Optional.empty();
  }
}
