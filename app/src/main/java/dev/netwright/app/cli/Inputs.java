package dev.netwright.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.format.DesignFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a FILE argument: a Netwright design or a CloudFormation template, told apart by content
 * (a design says {@code "format": "netwright-design"}), never by the file name.
 */
public final class Inputs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Inputs() {
  }

  /** The design in a file; a {@link NetwrightException} naming the file and the place otherwise. */
  public static LoadedInput load(Path file) {
    String text = read(file);
    if (isDesign(text)) {
      return new LoadedInput(new DesignFile().parse(text, file.toString()), List.of());
    }
    throw new NetwrightException(file + ": not a Netwright design (it has no \"format\": \"netwright-design\")");
  }

  static boolean isDesign(String text) {
    Optional<JsonNode> tree = parseJson(text);
    if (tree.isPresent()) {
      return DesignFile.isDesign(tree.get());
    }
    // not valid JSON: a damaged design still names its format near the top; let the design
    // loader report where it breaks
    return text.contains("\"netwright-design\"");
  }

  private static Optional<JsonNode> parseJson(String text) {
    try {
      return Optional.ofNullable(JSON.readTree(text));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static String read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw new NetwrightException(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new NetwrightException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new NetwrightException(file + ": cannot read: " + e.getMessage());
    }
  }
}
