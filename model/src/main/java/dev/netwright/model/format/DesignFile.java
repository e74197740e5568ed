package dev.netwright.model.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netwright.model.document.Document;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Netwright's own file: a design as versioned JSON ({@code docs/file-format.md}). Reading checks
 * the whole file and either returns a sound document or throws a {@link DesignFileException}
 * naming the file and the place; writing gives stable bytes and replaces the file atomically.
 */
public final class DesignFile {
  private final AtomicFile atomicFile;

  public DesignFile() {
    this(AtomicFile.ATOMIC);
  }

  /** A design file whose save moves the finished file into place with {@code mover} (for tests). */
  DesignFile(AtomicFile.Mover mover) {
    this.atomicFile = new AtomicFile(mover);
  }

  /** Loads a design file; throws {@link DesignFileException} when it is missing, unreadable or not a sound design. */
  public Document read(Path path) {
    String source = path.toString();
    byte[] bytes;
    try {
      bytes = InputFiles.read(path);
    } catch (InputFiles.UnreadableFileException e) {
      throw new DesignFileException(source, "", e.problem());
    }
    return parse(bytes, source);
  }

  /** Loads a design from the bytes of a file, which must be UTF-8 (a byte order mark is skipped). */
  public Document parse(byte[] bytes, String sourceName) {
    return parse(utf8(bytes, sourceName), sourceName);
  }

  /** Loads a design from its text; {@code sourceName} names it in messages. */
  public Document parse(String text, String sourceName) {
    return DesignReader.read(text, sourceName);
  }

  /** The design file's text: the same document always gives the same text. */
  public String toJson(Document document) {
    return DesignWriter.toJson(document);
  }

  /** Saves atomically: the old file stays whole until the new one is complete on disk. */
  public void write(Document document, Path path) {
    byte[] bytes = toJson(document).getBytes(StandardCharsets.UTF_8);
    try {
      atomicFile.write(path, bytes);
    } catch (IOException e) {
      throw new DesignFileException(path.toString(), "was not saved (the previous version is unchanged): " + describe(e), e);
    }
  }

  /** Whether the top of a JSON text (read without a tree) says it is a design. */
  public static boolean isDesign(JsonTop top) {
    return top.valid() && DesignWriter.FORMAT.equals(top.format());
  }

  /** True when a JSON tree is a Netwright design (and not, say, a CloudFormation template). */
  public static boolean isDesign(JsonNode tree) {
    return tree != null && tree.isObject() && tree.path("format").isTextual()
        && DesignWriter.FORMAT.equals(tree.path("format").textValue());
  }

  private static String utf8(byte[] bytes, String source) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString()
          // editors on Windows may start UTF-8 with a byte order mark; it is not part of the JSON
          .replaceFirst("^\uFEFF", "");
    } catch (MalformedInputException e) {
      throw new DesignFileException(source, "", "is not UTF-8 text (a malformed byte sequence); a design file is UTF-8 JSON");
    } catch (CharacterCodingException e) {
      throw new DesignFileException(source, "", "is not UTF-8 text; a design file is UTF-8 JSON");
    }
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "the folder " + e.getMessage() + " does not exist";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
