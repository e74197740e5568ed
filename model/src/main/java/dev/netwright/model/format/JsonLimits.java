package dev.netwright.model.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The limits every JSON Netwright reads is held to (designs and templates alike), and what to tell
 * a person when a file passes one: the JSON library's own words name its classes and settings.
 */
public final class JsonLimits {
  /** Objects and arrays inside one another. */
  public static final int MAX_DEPTH = 100;
  /** Characters of one text value. */
  public static final int MAX_TEXT = 20_000_000;
  /** Digits of one number. */
  public static final int MAX_NUMBER = 1_000;

  private JsonLimits() {
  }

  /** A factory whose parsers refuse what passes the limits. */
  public static JsonFactory factory() {
    return JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_TEXT).maxNumberLength(MAX_NUMBER).build()).build();
  }

  /** The limit a file passed, in words. */
  public static String describe(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Document nesting depth")) {
      return "values are nested more than " + MAX_DEPTH + " levels deep";
    }
    if (message.startsWith("String value length") || message.startsWith("Name length")) {
      return "a text is longer than " + String.format("%,d", MAX_TEXT) + " characters";
    }
    if (message.startsWith("Number value length")) {
      return "a number is longer than " + String.format("%,d", MAX_NUMBER) + " digits";
    }
    return "a value is larger than Netwright reads";
  }
}
