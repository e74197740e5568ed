package dev.netwright.model.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The top of a JSON text, read through once without building a tree (a template of 100,000
 * resources is 40 million characters): whether the text is JSON, the keys of its top-level
 * object, and the value of its {@code format} key. The command line tells a design from a
 * template by it before the one parser that reads the file.
 *
 * @param valid whether the text starts with one whole JSON value (what a tree reader would accept)
 * @param keys the keys of the top-level object; empty when it is not an object
 * @param format the text of the top-level {@code format} key (the last one given), else null
 */
public record JsonTop(boolean valid, Set<String> keys, String format) {
  private static final JsonFactory FACTORY = new JsonFactory();
  /** Texts longer than this are decoded whole: far below any length limit of the parser. */
  private static final int LONG_TEXT = 1 << 20;

  /** The top of {@code text}. */
  public static JsonTop of(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        finish(parser, first);
        return new JsonTop(true, Set.of(), null);
      }
      Set<String> keys = new LinkedHashSet<>();
      String format = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        keys.add(key);
        JsonToken value = parser.nextToken();
        if (key.equals("format")) {
          format = value == JsonToken.VALUE_STRING ? parser.getText() : null;
        }
        finish(parser, value);
      }
      return new JsonTop(true, Set.copyOf(keys), format);
    } catch (IOException notJson) {
      return new JsonTop(false, Set.of(), null);
    }
  }

  /**
   * Reads the value that starts with {@code token} to its end, its strings and numbers decoded
   * as a tree reader decodes them, so that the parser's limits on their length apply as they
   * would (no tree is built, no text kept).
   */
  private static void finish(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      return;
    }
    int depth = 0;
    JsonToken current = token;
    while (current != null) {
      switch (current) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case VALUE_STRING -> {
          // a long text is made a string, where the parser checks its length against its limit
          if (parser.getTextLength() > LONG_TEXT) {
            parser.getText();
          }
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
        default -> {
          // names, true, false, null: read as they are
        }
      }
      if (depth == 0) {
        return;
      }
      current = parser.nextToken();
    }
    throw new IOException("the text ends inside a value");
  }

  /** Whether the top-level object has {@code key}. */
  public boolean has(String key) {
    return keys.contains(key);
  }
}
