package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a YAML template event by event (snakeyaml-engine's parser, no node graph in between), in
 * time and memory linear in the file: the short-form tags ({@code !Ref}, {@code !GetAtt A.B},
 * {@code !Sub}, ...) become the long form ({@code {"Ref": ...}}, {@code {"Fn::GetAtt": ["A", "B"]}}),
 * and every object, array and field keeps its line for error messages. Duplicate keys are refused,
 * as CloudFormation refuses them. An alias becomes a copy of what its anchor names, within
 * {@link TemplateLimits}: a value that contains itself, a nesting past the limit or aliases that
 * would add more than a million values are refused with the line where it happens.
 */
final class YamlTemplateParser {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String STANDARD_TAG = "tag:yaml.org,2002:";

  private final String source;
  private final SourceLines lines = new SourceLines();
  private final Deque<Open> open = new ArrayDeque<>();
  private final Map<String, Built> anchors = new HashMap<>();
  private final SharedTexts texts = new SharedTexts();
  private long aliasValues;
  private Built root;

  /** A value read so far, with how many values it holds and how deep it goes (for aliases of it). */
  private record Built(JsonNode value, long size, int height) {
  }

  /** An object or list still being read. */
  private static final class Open {
    final JsonNode container;
    final String tag;
    final String anchor;
    final int line;
    String key;
    int keyLine;
    long size = 1;
    int height = 1;

    Open(JsonNode container, String tag, String anchor, int line) {
      this.container = container;
      this.tag = tag;
      this.anchor = anchor;
      this.line = line;
    }

    boolean expectsKey() {
      return container.isObject() && key == null;
    }
  }

  private YamlTemplateParser(String source) {
    this.source = source;
  }

  static ParsedTemplate parse(String text, String source) {
    return parse(text, source, true);
  }

  /** The template as snakeyaml-engine alone reads it, for comparing {@link YamlSubsetReader} with it. */
  static ParsedTemplate parseWithEngine(String text, String source) {
    return parse(text, source, false);
  }

  private static ParsedTemplate parse(String text, String source, boolean quick) {
    YamlTemplateParser parser = new YamlTemplateParser(source);
    if (!(quick && YamlSubsetReader.read(text, parser))) {
      // outside the subset the quick reader takes, or not valid: snakeyaml-engine reads it again
      // from the start and gives the messages (and their lines) for whatever is wrong
      parser = new YamlTemplateParser(source);
      parser.readWithEngine(text);
    }
    if (parser.root == null) {
      throw new TemplateException(source, 0, "the template is empty");
    }
    JsonNode tree = parser.root.value();
    if (!tree.isObject()) {
      throw new TemplateException(source, parser.lines.of(tree, 1), "a template is a mapping of sections (Resources, Parameters, ...), not a "
          + (tree.isArray() ? "list" : "single value"));
    }
    return new ParsedTemplate(source, (ObjectNode) tree, parser.lines);
  }

  private void readWithEngine(String text) {
    LoadSettings settings = LoadSettings.builder()
        // the whole text in one window: the reader's default window of 1,024 characters makes a
        // long scalar cost the square of its length
        .setBufferSize(text.length() + 1)
        .setCodePointLimit(Integer.MAX_VALUE)
        .setParseComments(false)
        .setUseMarks(true)
        .build();
    try {
      read(new ParserImpl(settings, new StreamReader(settings, text)));
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
      throw new TemplateException(source, mark.map(m -> m.getLine() + 1).orElse(0), "not valid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new TemplateException(source, 0, "not valid YAML: " + e.getMessage());
    }
  }

  /** The texts of this read, each short one kept once. */
  SharedTexts texts() {
    return texts;
  }

  private void read(ParserImpl events) {
    int documents = 0;
    while (events.hasNext()) {
      Event event = events.next();
      Optional<Mark> mark = event.getStartMark();
      int line = mark.isPresent() ? mark.get().getLine() + 1 : 0;
      switch (event.getEventId()) {
        case DocumentStart -> {
          if (++documents > 1) {
            throw new TemplateException(source, line, "a template is one YAML document; this file holds more than one");
          }
        }
        case Scalar -> {
          ScalarEvent scalar = (ScalarEvent) event;
          scalar(scalar.getValue(), scalar.isPlain(), scalar.getTag().orElse(null), anchorOf(scalar), line);
        }
        case Alias -> alias(((AliasEvent) event).getAlias().getValue(), line);
        case MappingStart -> start(true, ((CollectionStartEvent) event).getTag().orElse(null), anchorOf((NodeEvent) event), line);
        case SequenceStart -> start(false, ((CollectionStartEvent) event).getTag().orElse(null), anchorOf((NodeEvent) event), line);
        case MappingEnd, SequenceEnd -> end();
        default -> {
          // stream and document boundaries, comments: nothing to build
        }
      }
    }
  }

  private static String anchorOf(NodeEvent event) {
    return event.getAnchor().map(Anchor::getValue).orElse(null);
  }

  /** A scalar: a key when a mapping waits for one, else a value; {@code tag} and {@code anchor} may be null. */
  void scalar(String text, boolean plain, String tag, String anchor, int line) {
    Open parent = open.peek();
    if (parent != null && parent.expectsKey()) {
      TextNode name = texts.of(text);
      key(parent, name.textValue(), line);
      if (anchor != null) {
        anchors.put(anchor, new Built(name, 1, 0));
      }
      return;
    }
    JsonNode value;
    if (isFunction(tag) || !(plain && tag == null || isResolvable(tag))) {
      value = texts.of(text);
    } else {
      value = PlainScalars.resolve(text, texts::of);
    }
    if (anchor == null && !isFunction(tag)) {
      add(value, 1, 0, line); // most scalars: no record of what was built is needed
      return;
    }
    Built built = function(tag, new Built(value, 1, 0), line);
    if (anchor != null) {
      anchors.put(anchor, built);
    }
    add(built, line);
  }

  private void alias(String name, int line) {
    for (Open container : open) {
      if (name.equals(container.anchor)) {
        throw new TemplateException(source, line, "the alias *" + name + " is used inside the value it names, which would contain itself");
      }
    }
    Built named = anchors.get(name);
    if (named == null) {
      throw new TemplateException(source, line, "the alias *" + name + " names no anchor (&" + name + ") before it");
    }
    Open parent = open.peek();
    if (parent != null && parent.expectsKey()) {
      if (!named.value().isTextual()) {
        throw new TemplateException(source, line, "a key must be a plain name, not a list or mapping");
      }
      key(parent, named.value().textValue(), line);
      return;
    }
    aliasValues += named.size();
    if (aliasValues > TemplateLimits.MAX_ALIAS_VALUES) {
      throw new TemplateException(source, line, "aliases (*" + name + ") expand the template by more than "
          + String.format("%,d", TemplateLimits.MAX_ALIAS_VALUES) + " values; write the values out or use fewer aliases");
    }
    JsonNode copy = named.value().deepCopy();
    if (copy.isContainerNode()) {
      lines.node(copy, line);
    }
    add(new Built(copy, named.size(), named.height()), line);
  }

  /** The start of a mapping or a sequence; {@code tag} and {@code anchor} may be null. */
  void start(boolean mapping, String tag, String anchor, int line) {
    Open parent = open.peek();
    if (parent != null && parent.expectsKey()) {
      throw new TemplateException(source, line, "a key must be a plain name, not a list or mapping");
    }
    if (open.size() >= TemplateLimits.MAX_DEPTH) {
      throw new TemplateException(source, line, TemplateLimits.nestedTooDeep());
    }
    JsonNode container = mapping ? lines.object(line) : lines.array(line);
    open.push(new Open(container, tag, anchor, line));
  }

  /** The end of the innermost mapping or sequence. */
  void end() {
    Open done = open.pop();
    if (done.anchor == null && !isFunction(done.tag)) {
      add(done.container, done.size, done.height, done.line);
      return;
    }
    Built built = function(done.tag, new Built(done.container, done.size, done.height), done.line);
    if (done.anchor != null) {
      anchors.put(done.anchor, built);
    }
    add(built, done.line);
  }

  private void key(Open mapping, String name, int line) {
    if (mapping.container.has(name)) {
      throw new TemplateException(source, line, "the key '" + name + "' appears twice in the same mapping");
    }
    mapping.key = name;
    mapping.keyLine = line;
  }

  private void add(Built built, int line) {
    add(built.value(), built.size(), built.height(), line);
  }

  private void add(JsonNode value, long size, int height, int line) {
    Open parent = open.peek();
    if (parent == null) {
      root = new Built(value, size, height);
      return;
    }
    if (open.size() + height > TemplateLimits.MAX_DEPTH) {
      throw new TemplateException(source, line, TemplateLimits.nestedTooDeep());
    }
    parent.size += size;
    parent.height = Math.max(parent.height, height + 1);
    if (parent.container instanceof ArrayNode array) {
      array.add(value);
    } else {
      ((ObjectNode) parent.container).set(parent.key, value);
      lines.field(parent.container, parent.key, parent.keyLine);
      parent.key = null;
    }
  }

  /** A short-form tag made into the long form: {@code !Ref X} is {@code {"Ref": "X"}}. */
  private Built function(String tag, Built built, int line) {
    if (!isFunction(tag)) {
      return built;
    }
    String name = Intrinsics.functionOfTag(tag);
    JsonNode value = built.value();
    if (name.equals("Fn::GetAtt") && value.isTextual()) {
      // !GetAtt Resource.Attribute: the attribute may itself hold dots (Endpoint.Address), the resource never does.
      String text = value.asText();
      int dot = text.indexOf('.');
      ArrayNode parts = lines.array(line);
      parts.add(dot < 0 ? text : text.substring(0, dot));
      parts.add(dot < 0 ? "" : text.substring(dot + 1));
      value = parts;
      lines.node(parts, line);
    }
    ObjectNode call = lines.object(line);
    call.set(name, value);
    lines.node(call, line);
    lines.field(call, name, line);
    return new Built(call, built.size() + 2, built.height() + 2);
  }

  private static boolean isFunction(String tag) {
    return tag != null && tag.startsWith("!") && !tag.startsWith("!!") && tag.length() > 1;
  }

  /** {@code !!int}, {@code !!float}, {@code !!bool} and {@code !!null} ask for the plain reading; {@code !!str} and the rest for text. */
  private static boolean isResolvable(String tag) {
    return tag != null && tag.startsWith(STANDARD_TAG)
        && switch (tag.substring(STANDARD_TAG.length())) {
          case "int", "float", "bool", "null" -> true;
          default -> false;
        };
  }
}
