package dev.netwright.model.cfn;

/**
 * How far a template may stretch Netwright before it is refused with a message instead of
 * exhausting memory, time or the stack: a few hostile bytes (a "billion laughs" of YAML aliases,
 * a doubling {@code Fn::Join}) must not become gigabytes. Each limit is far above anything
 * CloudFormation itself accepts (a template body is at most 1 MB; see docs/cloudformation.md).
 */
final class TemplateLimits {
  /** Objects and lists inside one another, counted from the template's top. */
  static final int MAX_DEPTH = 100;
  /** Values that YAML aliases may add to the template in all (each alias adds a copy of what it names). */
  static final long MAX_ALIAS_VALUES = 1_000_000;
  /** Characters of one text an intrinsic function builds ({@code Fn::Join}, {@code Fn::Sub}, ...). */
  static final int MAX_TEXT = 1_048_576;
  /** Items of one list an intrinsic function builds ({@code Fn::Split}). */
  static final int MAX_LIST = 100_000;

  private TemplateLimits() {
  }

  /** Refuses a text a function is building once it passes {@link #MAX_TEXT}. */
  static void checkText(CharSequence built, String function, Evaluator evaluator, int line) {
    if (built.length() > MAX_TEXT) {
      throw evaluator.error(line, function + " builds a text of more than " + String.format("%,d", MAX_TEXT) + " characters");
    }
  }

  /** The value of a string of ASCII digits, or {@link Long#MAX_VALUE} when it is longer than any index or count can be. */
  static long wholeNumber(String digits) {
    return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  static String nestedTooDeep() {
    return "values are nested more than " + MAX_DEPTH + " levels deep";
  }
}
