package dev.netwright.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.StructureCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Feeds mutated copies of every sample to the loader: truncated, with bytes flipped, keys removed
 * or duplicated, values of the wrong type, array items deleted, values swapped. Each copy must
 * either load into a sound document or be refused with a {@link DesignFileException} naming the
 * file; nothing else may escape. The random generator is seeded per sample, so a failure repeats.
 */
class DesignFileMutationTest {
  private static final int COPIES_PER_MUTATION = 150;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final DesignFile file = new DesignFile();

  /** One way of spoiling a file: takes the original bytes and a random source, returns the spoiled bytes. */
  private record Mutation(String name, Mutator mutator) {
  }

  @FunctionalInterface
  private interface Mutator {
    byte[] apply(byte[] original, Random random);
  }

  private final List<Mutation> mutations = List.of(
      new Mutation("truncate", (bytes, random) -> Arrays.copyOf(bytes, random.nextInt(bytes.length))),
      new Mutation("flip bytes", DesignFileMutationTest::flipBytes),
      new Mutation("remove a key", (bytes, random) -> onTree(bytes, random, DesignFileMutationTest::removeKey)),
      new Mutation("duplicate a key", DesignFileMutationTest::duplicateKey),
      new Mutation("wrong type", (bytes, random) -> onTree(bytes, random, DesignFileMutationTest::wrongType)),
      new Mutation("delete an array item", (bytes, random) -> onTree(bytes, random, DesignFileMutationTest::deleteItem)),
      new Mutation("swap two strings", (bytes, random) -> onTree(bytes, random, DesignFileMutationTest::swapStrings)));

  @TestFactory
  Stream<DynamicTest> mutatedSamples_areLoadedOrRefusedWithTheProjectException() {
    return Samples.files().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
      byte[] original = Files.readAllBytes(path);
      String source = path.getFileName().toString();
      Random random = new Random(source.hashCode());
      int loaded = 0;
      int refused = 0;
      for (Mutation mutation : mutations) {
        for (int copy = 0; copy < COPIES_PER_MUTATION; copy++) {
          byte[] spoiled = mutation.mutator().apply(original, random);
          if (tryLoad(spoiled, source, mutation.name() + " #" + copy)) {
            loaded++;
          } else {
            refused++;
          }
        }
      }
      assertEquals(mutations.size() * COPIES_PER_MUTATION, loaded + refused);
      assertTrue(loaded + refused >= 1000);
      assertTrue(refused > loaded, "most mutations should be refused: " + refused + " refused, " + loaded + " loaded");
    }));
  }

  /** True when the copy loaded (and is then sound and saves again), false when it was refused properly. */
  private boolean tryLoad(byte[] spoiled, String source, String what) {
    Document document;
    try {
      document = file.parse(spoiled, source);
    } catch (DesignFileException refused) {
      assertTrue(refused.getMessage().startsWith(source + ": "), what + ": the message does not name the file: " + refused.getMessage());
      return false;
    } catch (RuntimeException | Error escaped) {
      fail(what + " of " + source + " escaped as " + escaped + "\n--- copy ---\n" + new String(spoiled, StandardCharsets.UTF_8), escaped);
      return false;
    }
    assertEquals(List.of(), StructureCheck.problems(document.topology()), what + " loaded an unsound design");
    assertEquals(document, file.parse(file.toJson(document), source), what + " loaded a design that does not survive a save");
    return true;
  }

  private static byte[] flipBytes(byte[] original, Random random) {
    byte[] copy = original.clone();
    int flips = 1 + random.nextInt(4);
    for (int i = 0; i < flips; i++) {
      int at = random.nextInt(copy.length);
      copy[at] = random.nextBoolean() ? (byte) (copy[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
    }
    return copy;
  }

  /** Repeats one {@code "key": value,} line, so that its object has the key twice. */
  private static byte[] duplicateKey(byte[] original, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(new String(original, StandardCharsets.UTF_8).split("\n", -1)));
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("\\s*\"[^\"]+\": .*,")) {
        members.add(i);
      }
    }
    int line = members.get(random.nextInt(members.size()));
    String copy = lines.get(line);
    if (random.nextBoolean()) {
      // the same key with another value
      copy = copy.replaceFirst(": .*,$", ": " + (random.nextBoolean() ? "\"other\"" : "1") + ",");
    }
    lines.add(line + 1, copy);
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static void removeKey(JsonNode root, Random random) {
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, node -> node.isObject() && !node.isEmpty(), objects);
    ObjectNode object = objects.get(random.nextInt(objects.size()));
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    object.remove(keys.get(random.nextInt(keys.size())));
  }

  private static void wrongType(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, node -> node.isContainerNode() && !node.isEmpty(), containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    JsonNode replacement = strangeValue(random);
    if (container instanceof ObjectNode object) {
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      object.set(keys.get(random.nextInt(keys.size())), replacement);
    } else {
      ArrayNode array = (ArrayNode) container;
      array.set(random.nextInt(array.size()), replacement);
    }
  }

  private static JsonNode strangeValue(Random random) {
    switch (random.nextInt(12)) {
      case 0: return NODES.nullNode();
      case 1: return NODES.numberNode(42);
      case 2: return NODES.numberNode(-1.5);
      case 3: return NODES.booleanNode(random.nextBoolean());
      case 4: return NODES.textNode("not what was expected");
      case 5: return NODES.arrayNode();
      case 6: return NODES.objectNode();
      case 7: return NODES.arrayNode().add(1).add("a").add(NODES.nullNode());
      case 8: return NODES.numberNode(new BigInteger("123456789012345678901234567890"));
      case 9: return NODES.textNode("");
      case 10: return NODES.numberNode(1e308 * 10);
      default: return NODES.textNode("x".repeat(300));
    }
  }

  private static void deleteItem(JsonNode root, Random random) {
    List<ArrayNode> arrays = new ArrayList<>();
    collect(root, node -> node.isArray() && !node.isEmpty(), arrays);
    ArrayNode array = arrays.get(random.nextInt(arrays.size()));
    array.remove(random.nextInt(array.size()));
  }

  /** Exchanges two string values anywhere in the file: an id for a CIDR, a zone for a reference, ... */
  private static void swapStrings(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, JsonNode::isContainerNode, containers);
    List<String> values = new ArrayList<>();
    List<Consumer<String>> setters = new ArrayList<>();
    for (JsonNode container : containers) {
      if (container instanceof ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String key : names) {
          if (object.get(key).isTextual()) {
            values.add(object.get(key).textValue());
            setters.add(text -> object.put(key, text));
          }
        }
      } else {
        ArrayNode array = (ArrayNode) container;
        for (int i = 0; i < array.size(); i++) {
          if (array.get(i).isTextual()) {
            int index = i;
            values.add(array.get(i).textValue());
            setters.add(text -> array.set(index, NODES.textNode(text)));
          }
        }
      }
    }
    int a = random.nextInt(values.size());
    int b = random.nextInt(values.size());
    String first = values.get(a);
    setters.get(a).accept(values.get(b));
    setters.get(b).accept(first);
  }

  private static byte[] onTree(byte[] original, Random random, BiConsumer<JsonNode, Random> change) {
    try {
      JsonNode root = MAPPER.readTree(original);
      change.accept(root, random);
      return JsonText.print(root).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends JsonNode> void collect(JsonNode node, Function<JsonNode, Boolean> wanted, List<T> into) {
    if (wanted.apply(node)) {
      into.add((T) node);
    }
    node.elements().forEachRemaining(child -> collect(child, wanted, into));
  }
}
