package dev.netwright.model;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The characters a name or other free text of a design may hold: every character a YAML or JSON
 * file can carry as it is, so that what Netwright writes it can read back. Control characters
 * (line breaks and tabs included), Unicode noncharacters such as U+FFFF, and halves of a
 * surrogate pair without their other half are refused. Also the rule that numbers are written in
 * ASCII digits, not in the digits of other scripts, which Java would otherwise read as the same.
 */
public final class Text {
  private Text() {
  }

  /** Where the first character a name may not hold stands, if any. */
  public static OptionalInt unwritable(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isISOControl(c) || isNoncharacter(c) || Character.isSurrogate((char) c) && Character.charCount(c) == 1) {
        return OptionalInt.of(i);
      }
      i += Character.charCount(c);
    }
    return OptionalInt.empty();
  }

  private static boolean isNoncharacter(int c) {
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
  }

  /** A character named for a message: {@code U+FFFF}. */
  public static String describe(int codePoint) {
    return "the character U+" + String.format(Locale.ROOT, "%04X", codePoint);
  }

  /** The text with every character a name may not hold shown as {@code \}{@code uXXXX}, for messages. */
  public static String visible(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isISOControl(c) || isNoncharacter(c) || Character.isSurrogate((char) c) && Character.charCount(c) == 1) {
        shown.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        shown.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return shown.toString();
  }

  /** True when the text is one or more ASCII digits: {@code ٤٤٣} and fullwidth {@code １０} are not. */
  public static boolean isAsciiDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
