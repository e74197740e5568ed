package dev.netwright.model.cfn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.format.JsonLimits;
import java.io.IOException;

/** Reads a JSON template token by token, so that every object, array and field keeps its line. */
final class JsonTemplateParser {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonFactory FACTORY = JsonLimits.factory();

  private final String source;
  private final SourceLines lines = new SourceLines();
  private final SharedTexts texts = new SharedTexts();
  private final JsonParser parser;

  private JsonTemplateParser(String source, JsonParser parser) {
    this.source = source;
    this.parser = parser;
  }

  static ParsedTemplate parse(String text, String source) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonTemplateParser reader = new JsonTemplateParser(source, parser);
      JsonToken first = reader.next();
      if (first == null) {
        throw new TemplateException(source, 0, "the template is empty");
      }
      JsonNode root = reader.value(first);
      JsonToken extra = reader.next();
      if (extra != null) {
        throw new TemplateException(source, reader.line(), "unexpected text after the end of the template");
      }
      if (!root.isObject()) {
        throw new TemplateException(source, 1, "a template is a JSON object of sections (Resources, Parameters, ...)");
      }
      return new ParsedTemplate(source, (ObjectNode) root, reader.lines);
    } catch (JsonParseException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new TemplateException(source, line, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new TemplateException(source, 0, "not valid JSON: " + e.getMessage());
    }
  }

  /** The next token; a value past {@link JsonLimits} is refused at its line. */
  private JsonToken next() throws IOException {
    try {
      return parser.nextToken();
    } catch (StreamConstraintsException e) {
      throw new TemplateException(source, parser.currentLocation().getLineNr(), JsonLimits.describe(e));
    }
  }

  private int line() {
    // the line of a value's first token is read without making a location (millions are read);
    // a field name's line is kept apart from it by Jackson, and only its location gives it
    if (parser instanceof ParserBase base && !parser.hasToken(JsonToken.FIELD_NAME)) {
      return base.getTokenLineNr();
    }
    return parser.currentTokenLocation().getLineNr();
  }

  private JsonNode value(JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = lines.object(line());
        for (JsonToken next = next(); next != JsonToken.END_OBJECT; next = next()) {
          String name = parser.currentName();
          int line = line();
          if (object.has(name)) {
            throw new TemplateException(source, line, "the key '" + name + "' appears twice in the same object");
          }
          object.set(name, value(next()));
          lines.field(object, name, line);
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = lines.array(line());
        for (JsonToken next = next(); next != JsonToken.END_ARRAY; next = next()) {
          array.add(value(next));
        }
        return array;
      }
      case VALUE_STRING:
        return texts.of(parser.getText());
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          // past a long, as YAML reads it: text, which a function that needs a number refuses by name
          default -> NODES.textNode(parser.getText());
        };
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new TemplateException(source, line(), "unexpected " + token + " in the JSON");
    }
  }
}
