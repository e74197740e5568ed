package dev.netwright.model.cfn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Reads a JSON template token by token, so that every object, array and field keeps its line. */
final class JsonTemplateParser {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonFactory FACTORY = new JsonFactory();

  private final String source;
  private final SourceLines lines = new SourceLines();
  private final JsonParser parser;

  private JsonTemplateParser(String source, JsonParser parser) {
    this.source = source;
    this.parser = parser;
  }

  static ParsedTemplate parse(String text, String source) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonTemplateParser reader = new JsonTemplateParser(source, parser);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new TemplateException(source, 0, "the template is empty");
      }
      JsonNode root = reader.value(first);
      JsonToken extra = parser.nextToken();
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

  private int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  private JsonNode value(JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = NODES.objectNode();
        lines.node(object, line());
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
          String name = parser.currentName();
          int line = line();
          if (object.has(name)) {
            throw new TemplateException(source, line, "the key '" + name + "' appears twice in the same object");
          }
          object.set(name, value(parser.nextToken()));
          lines.field(object, name, line);
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        lines.node(array, line());
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          array.add(value(next));
        }
        return array;
      }
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.INT ? NODES.numberNode(parser.getIntValue())
            : NODES.numberNode(parser.getLongValue());
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
