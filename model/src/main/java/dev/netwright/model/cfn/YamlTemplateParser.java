package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML template with SnakeYAML's composer, which keeps each node's tag and line: the
 * short-form tags ({@code !Ref}, {@code !GetAtt A.B}, {@code !Sub}, ...) become the long form
 * ({@code {"Ref": ...}}, {@code {"Fn::GetAtt": ["A", "B"]}}), and every object, array and field
 * keeps its line for error messages. Duplicate keys are refused, as CloudFormation refuses them.
 */
final class YamlTemplateParser {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_CODE_POINTS = 256 * 1024 * 1024;

  private final String source;
  private final SourceLines lines = new SourceLines();

  private YamlTemplateParser(String source) {
    this.source = source;
  }

  static ParsedTemplate parse(String text, String source) {
    YamlTemplateParser parser = new YamlTemplateParser(source);
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setMaxAliasesForCollections(1000);
    Node root;
    try {
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new TemplateException(source, mark == null ? 0 : mark.getLine() + 1, "not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new TemplateException(source, 0, "not valid YAML: " + e.getMessage());
    }
    if (root == null) {
      throw new TemplateException(source, 0, "the template is empty");
    }
    JsonNode tree = parser.convert(root);
    if (!tree.isObject()) {
      throw new TemplateException(source, line(root), "a template is a mapping of sections (Resources, Parameters, ...), not a "
          + (tree.isArray() ? "list" : "single value"));
    }
    return new ParsedTemplate(source, (ObjectNode) tree, parser.lines);
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private JsonNode convert(Node node) {
    String tag = node.getTag().getValue();
    boolean function = tag.startsWith("!") && !tag.startsWith("!!");
    JsonNode value;
    if (node instanceof MappingNode mapping) {
      value = mapping(mapping);
    } else if (node instanceof SequenceNode sequence) {
      ArrayNode array = NODES.arrayNode();
      lines.node(array, line(node));
      for (Node item : sequence.getValue()) {
        array.add(convert(item));
      }
      value = array;
    } else {
      ScalarNode scalar = (ScalarNode) node;
      value = function ? NODES.textNode(scalar.getValue()) : scalar(scalar);
    }
    if (!function) {
      return value;
    }
    String name = Intrinsics.functionOfTag(tag);
    if (name.equals("Fn::GetAtt") && value.isTextual()) {
      // !GetAtt Resource.Attribute: the attribute may itself hold dots (Endpoint.Address), the resource never does.
      String text = value.asText();
      int dot = text.indexOf('.');
      ArrayNode parts = NODES.arrayNode();
      parts.add(dot < 0 ? text : text.substring(0, dot));
      parts.add(dot < 0 ? "" : text.substring(dot + 1));
      value = parts;
      lines.node(parts, line(node));
    }
    ObjectNode call = NODES.objectNode();
    call.set(name, value);
    lines.node(call, line(node));
    lines.field(call, name, line(node));
    return call;
  }

  private ObjectNode mapping(MappingNode mapping) {
    ObjectNode object = NODES.objectNode();
    lines.node(object, line(mapping));
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode key)) {
        throw new TemplateException(source, line(keyNode), "a key must be a plain name, not a list or mapping");
      }
      String name = key.getValue();
      if (object.has(name)) {
        throw new TemplateException(source, line(keyNode), "the key '" + name + "' appears twice in the same mapping");
      }
      object.set(name, convert(tuple.getValueNode()));
      lines.field(object, name, line(keyNode));
    }
    return object;
  }

  /** A plain scalar as YAML 1.1 resolves it (numbers, booleans, null); anything else, dates included, as text. */
  private static JsonNode scalar(ScalarNode scalar) {
    Tag tag = scalar.getTag();
    String text = scalar.getValue();
    try {
      if (Tag.INT.equals(tag) && text.matches("[-+]?(0|[1-9][0-9]*)")) {
        long number = Long.parseLong(text);
        return number == (int) number ? NODES.numberNode((int) number) : NODES.numberNode(number);
      }
      if (Tag.FLOAT.equals(tag) && text.matches("[-+]?[0-9]*\\.[0-9]+([eE][-+]?[0-9]+)?")) {
        return NODES.numberNode(Double.parseDouble(text));
      }
    } catch (NumberFormatException tooLong) {
      return NODES.textNode(text);
    }
    if (Tag.BOOL.equals(tag)) {
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      return NODES.booleanNode(lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y"));
    }
    if (Tag.NULL.equals(tag)) {
      return NODES.nullNode();
    }
    return NODES.textNode(text);
  }
}
