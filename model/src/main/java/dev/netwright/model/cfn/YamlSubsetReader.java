package dev.netwright.model.cfn;

/**
 * A quick reader for the YAML that CloudFormation templates are written in, feeding the same
 * tree builder as snakeyaml-engine's events ({@link YamlTemplateParser}), at a fraction of the
 * time and garbage: no tokens, marks or events are made, a line is looked at once, and a short
 * text met before is not copied again.
 *
 * <p>It takes block mappings and sequences (indentless sequences and {@code - key: value}
 * included), flow sequences and mappings on one line, plain scalars on one line, single- and
 * double-quoted scalars on one line, literal and folded block scalars ({@code |}, {@code >-}, ...),
 * short-form tags ({@code !Ref}, {@code !GetAtt A.B}, {@code !!str}, ...), comments, a leading
 * {@code ---} and CRLF line ends. Anything else (anchors and aliases, plain and quoted scalars
 * over several lines, tabs, directives, indentation indicators, more than one document, characters YAML does not allow)
 * and anything that is not valid YAML make it give up without a word: the caller then reads the
 * text with snakeyaml-engine from the start, whose messages (and the hostile-input limits of the
 * builder) apply. It never accepts what snakeyaml-engine refuses, and it gives the same values
 * and lines for what both read ({@code YamlSubsetReaderTest} compares the two).
 */
final class YamlSubsetReader {
  /** Thrown (without a stack trace) where the text leaves the subset; the caller reads it again. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static final Unsupported UNSUPPORTED = new Unsupported();
  /** snakeyaml-engine looks no further than 1,024 characters for the ':' of a key. */
  private static final int MAX_KEY_LENGTH = 1000;
  private static final String STANDARD_TAG = "tag:yaml.org,2002:";

  private final String text;
  private final int length;
  private final YamlTemplateParser events;
  private final SharedTexts texts;
  /** Where the reader is: a character of the current line. */
  private int pos;
  /** The current line, from 1, and where it starts. */
  private int line = 1;
  private int lineStart;
  /** The indentation of the current content line. */
  private int indent;
  private boolean eof;
  /** Before the first line with content, where a "---" may start the document. */
  private boolean documentStart;

  private YamlSubsetReader(String text, YamlTemplateParser events) {
    this.text = text;
    this.length = text.length();
    this.events = events;
    this.texts = events.texts();
  }

  /**
   * Reads {@code text} into {@code events}; false when it left the subset or is not valid YAML,
   * after which {@code events} holds a partial tree and must not be used.
   */
  static boolean read(String text, YamlTemplateParser events) {
    try {
      new YamlSubsetReader(text, events).document();
      return true;
    } catch (Unsupported | TemplateException | IllegalStateException outside) {
      // TemplateException: a duplicate key, a nesting too deep, ...: the full reader says it
      // (or an error of syntax before it) in its own words and with its own lines
      return false;
    }
  }

  private static Unsupported unsupported() {
    return UNSUPPORTED;
  }

  private void document() {
    if (!allowedCharacters()) {
      throw unsupported();
    }
    documentStart = true;
    contentLine();
    documentStart = false;
    if (!eof && indent == 0 && marker('-')) {
      pos += 3;
      nextLine();
    }
    if (eof || indent != 0 || keyColon(pos) < 0) {
      throw unsupported();
    }
    mapping(0, null, line);
    if (!eof) {
      throw unsupported();
    }
  }

  /** Only characters YAML takes as they are, line feeds, and carriage returns before line feeds. */
  private boolean allowedCharacters() {
    String s = text;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < 0x20) {
        if (c != '\n' && !(c == '\r' && i + 1 < length && s.charAt(i + 1) == '\n')) {
          return false;
        }
      } else if (c >= 0x7F && (c < 0xA0 || c >= 0xD800 && c <= 0xDFFF || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE)) {
        return false;
      }
    }
    return true;
  }

  private char at(int i) {
    return i < length ? text.charAt(i) : '\n';
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private static boolean isBlankOrBreak(char c) {
    return c == ' ' || c == '\n' || c == '\r';
  }

  private static boolean isFlowIndicator(char c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  /** A "---" or "..." at the start of the current line. */
  private boolean marker(char c) {
    return at(pos) == c && at(pos + 1) == c && at(pos + 2) == c && isBlankOrBreak(at(pos + 3));
  }

  private void skipSpaces() {
    while (at(pos) == ' ') {
      pos++;
    }
  }

  /** Past the rest of the current line (spaces, a comment), to the next line with content. */
  private void nextLine() {
    skipSpaces();
    char c = at(pos);
    if (c == '#') {
      if (pos > lineStart && text.charAt(pos - 1) != ' ') {
        throw unsupported();
      }
      while (!isBreak(at(pos))) {
        pos++;
      }
    } else if (!isBreak(c)) {
      throw unsupported();
    }
    if (pos >= length) {
      eof = true;
      return;
    }
    pos += text.charAt(pos) == '\r' ? 2 : 1;
    line++;
    lineStart = pos;
    contentLine();
  }

  /** From the start of a line, to the first line with content (blank lines and comments skipped). */
  private void contentLine() {
    while (true) {
      int i = pos;
      while (at(i) == ' ') {
        i++;
      }
      char c = at(i);
      if (c == '#') {
        while (!isBreak(at(i))) {
          i++;
        }
        c = at(i);
      }
      if (isBreak(c)) {
        if (i >= length) {
          pos = i;
          eof = true;
          return;
        }
        pos = i + (text.charAt(i) == '\r' ? 2 : 1);
        line++;
        lineStart = pos;
        continue;
      }
      pos = i;
      indent = i - lineStart;
      if (indent == 0 && (marker('-') && !documentStart || marker('.'))) {
        throw unsupported();
      }
      return;
    }
  }

  private int column() {
    return pos - lineStart;
  }

  /** A block sequence entry ("-" then a space or the line's end) at {@code p}. */
  private boolean isEntry(int p) {
    return at(p) == '-' && isBlankOrBreak(at(p + 1));
  }

  // ---------------------------------------------------------------- block collections

  /** A block mapping whose keys stand at column {@code col}, the first at the reader. */
  private void mapping(int col, String tag, int startLine) {
    events.start(true, tag, null, startLine);
    while (true) {
      key();
      value(col);
      if (eof || indent < col) {
        break;
      }
      if (indent > col) {
        throw unsupported();
      }
    }
    events.end();
  }

  /** A block sequence whose "-" stand at column {@code col}, the first at the reader. */
  private void sequence(int col, String tag, int startLine) {
    events.start(false, tag, null, startLine);
    while (true) {
      int entryLine = line;
      pos++;
      skipSpaces();
      char c = at(pos);
      if (isBreak(c) || c == '#') {
        nextLine();
        if (!eof && indent > col) {
          ownLine(col, null, 0);
        } else {
          events.scalar("", true, null, null, entryLine);
        }
      } else if (isEntry(pos)) {
        sequence(column(), null, line);
      } else if (keyColon(pos) >= 0) {
        mapping(column(), null, line);
      } else {
        inline(col, null, 0);
      }
      if (eof || indent < col) {
        break;
      }
      if (indent > col) {
        throw unsupported();
      }
      if (!isEntry(pos)) {
        // the next key of the mapping an indentless sequence belongs to
        break;
      }
    }
    events.end();
  }

  /** The value after a key of the mapping at column {@code col}. */
  private void value(int col) {
    int keyLine = line;
    skipSpaces();
    char c = at(pos);
    if (isBreak(c) || c == '#') {
      nextLine();
      if (!eof && indent > col) {
        ownLine(col, null, 0);
      } else if (!eof && indent == col && isEntry(pos)) {
        sequence(col, null, line);
      } else {
        events.scalar("", true, null, null, keyLine);
      }
    } else {
      inline(col, null, 0);
    }
  }

  /** A node that starts a line of its own, deeper than the collection at {@code col}; {@code tag} read before it, at {@code tagLine}. */
  private void ownLine(int col, String tag, int tagLine) {
    int startLine = tag != null ? tagLine : line;
    if (isEntry(pos)) {
      sequence(column(), tag, startLine);
    } else if (keyColon(pos) >= 0) {
      mapping(column(), tag, startLine);
    } else if (tag == null) {
      inline(col, null, 0);
    } else if (at(pos) == '!') {
      throw unsupported();
    } else {
      inline(col, tag, tagLine);
    }
  }

  /**
   * A value on the current line (a scalar, a flow collection, a literal scalar, or a tag with
   * the node below it), inside the block collection at column {@code col}; the reader is left at
   * the next line with content.
   */
  private void inline(int col, String givenTag, int tagLine) {
    String tag = givenTag;
    int startLine = tag != null ? tagLine : line;
    if (tag == null && at(pos) == '!') {
      tag = tag();
      skipSpaces();
      char c = at(pos);
      if (isBreak(c) || c == '#') {
        nextLine();
        if (!eof && indent > col) {
          ownLine(col, tag, startLine);
          return;
        }
        throw unsupported();
      }
    }
    char c = at(pos);
    if (c == '[') {
      flowSequence(tag, startLine);
    } else if (c == '{') {
      flowMapping(tag, startLine);
    } else if (c == '\'' || c == '"') {
      events.scalar(quoted(false), false, tag, null, startLine);
    } else if (c == '|' || c == '>') {
      blockScalar(col, tag, startLine, c == '>');
      return;
    } else {
      if (!plainStart(pos, false)) {
        throw unsupported();
      }
      int start = pos;
      int end = plainEnd(pos, false);
      if (at(pos) == ':') {
        // "key: a: b" is not YAML
        throw unsupported();
      }
      events.scalar(texts.text(text, start, end), true, tag, null, startLine);
    }
    nextLine();
    if (!eof && indent > col) {
      // a plain scalar going on over lines, or not YAML
      throw unsupported();
    }
  }

  /** A key and its ':' at the reader. */
  private void key() {
    int keyLine = line;
    char c = at(pos);
    String name;
    if (c == '\'' || c == '"') {
      name = quoted(false);
      skipSpaces();
    } else {
      if (!plainStart(pos, false)) {
        throw unsupported();
      }
      int start = pos;
      int end = plainEnd(pos, false);
      name = texts.text(text, start, end);
    }
    if (at(pos) != ':' || !isBlankOrBreak(at(pos + 1)) || pos - lineStart > MAX_KEY_LENGTH + indent) {
      throw unsupported();
    }
    pos++;
    events.scalar(name, true, null, null, keyLine);
  }

  /** Where the ':' of a key starting at {@code p} on the current line is; -1 when it is not a key. */
  private int keyColon(int p) {
    char c = at(p);
    int i;
    if (c == '\'' || c == '"') {
      i = p + 1;
      while (true) {
        char q = at(i);
        if (isBreak(q)) {
          return -1;
        }
        if (q == '\\' && c == '"') {
          i += 2;
          continue;
        }
        if (q == c) {
          if (c == '\'' && at(i + 1) == '\'') {
            i += 2;
            continue;
          }
          i++;
          break;
        }
        i++;
      }
      while (at(i) == ' ') {
        i++;
      }
    } else {
      if (!plainStart(p, false)) {
        return -1;
      }
      i = p;
      while (true) {
        char q = at(i);
        if (isBreak(q) || q == ' ' && at(i + 1) == '#') {
          return -1;
        }
        if (q == ':' && isBlankOrBreak(at(i + 1))) {
          break;
        }
        i++;
      }
    }
    return at(i) == ':' && isBlankOrBreak(at(i + 1)) ? i : -1;
  }

  // ---------------------------------------------------------------- scalars

  /** Whether a plain scalar may start at {@code p}. */
  private boolean plainStart(int p, boolean flow) {
    char c = at(p);
    switch (c) {
      case '-', '?', ':' -> {
        if (flow && c != '-') {
          return false;
        }
        char next = at(p + 1);
        return !isBlankOrBreak(next) && !(flow && isFlowIndicator(next));
      }
      case ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ', '\n', '\r' -> {
        return false;
      }
      default -> {
        return true;
      }
    }
  }

  /**
   * Reads a plain scalar from {@code p} to its end on the line (before a ": ", a " #", the line's
   * end, and in flow a flow indicator); the reader is left there, and the end without the spaces
   * before it is returned.
   */
  private int plainEnd(int p, boolean flow) {
    int i = p;
    while (true) {
      char c = at(i);
      if (isBreak(c)) {
        break;
      }
      if (c == ':') {
        char next = at(i + 1);
        if (isBlankOrBreak(next) || flow && isFlowIndicator(next)) {
          break;
        }
      } else if (c == ' ') {
        if (at(i + 1) == '#') {
          break;
        }
      } else if (flow && isFlowIndicator(c)) {
        break;
      }
      i++;
    }
    int end = i;
    while (end > p && text.charAt(end - 1) == ' ') {
      end--;
    }
    pos = i == end ? i : end;
    if (at(pos) == ' ') {
      skipSpaces();
    }
    return end;
  }

  /** A quoted scalar on one line at the reader; the reader is left after its closing quote. */
  private String quoted(boolean flow) {
    char quote = text.charAt(pos);
    int start = pos + 1;
    int i = start;
    StringBuilder unescaped = null;
    while (true) {
      char c = at(i);
      if (isBreak(c)) {
        throw unsupported();
      }
      if (c == quote) {
        if (quote == '\'' && at(i + 1) == '\'') {
          unescaped = append(unescaped, start, i + 1);
          i += 2;
          start = i;
          continue;
        }
        break;
      }
      if (c == '\\' && quote == '"') {
        unescaped = append(unescaped, start, i);
        i = escape(unescaped, i + 1);
        start = i;
        continue;
      }
      i++;
    }
    String value;
    if (unescaped == null) {
      value = texts.text(text, start, i);
    } else {
      value = unescaped.append(text, start, i).toString();
    }
    pos = i + 1;
    char after = at(pos);
    if (!(isBlankOrBreak(after) || after == ':' || flow && isFlowIndicator(after))) {
      throw unsupported();
    }
    return value;
  }

  private StringBuilder append(StringBuilder unescaped, int from, int to) {
    StringBuilder builder = unescaped != null ? unescaped : new StringBuilder();
    return builder.append(text, from, to);
  }

  /** The escape after a backslash at {@code i}, appended; where the text goes on after it. */
  private int escape(StringBuilder out, int i) {
    char c = at(i);
    switch (c) {
      case '0' -> out.append('\0');
      case 'a' -> out.append('\u0007');
      case 'b' -> out.append('\b');
      case 't' -> out.append('\t');
      case 'n' -> out.append('\n');
      case 'v' -> out.append('\u000B');
      case 'f' -> out.append('\f');
      case 'r' -> out.append('\r');
      case 'e' -> out.append('\u001B');
      case ' ' -> out.append(' ');
      case '"' -> out.append('"');
      case '/' -> out.append('/');
      case '\\' -> out.append('\\');
      case 'x', 'u' -> {
        int digits = c == 'x' ? 2 : 4;
        int code = 0;
        for (int d = 1; d <= digits; d++) {
          int value = Character.digit(at(i + d), 16);
          if (value < 0) {
            throw unsupported();
          }
          code = code * 16 + value;
        }
        if (code >= 0xD800 && code <= 0xDFFF) {
          throw unsupported();
        }
        out.append((char) code);
        return i + 1 + digits;
      }
      default -> throw unsupported();
    }
    return i + 1;
  }

  /** A tag at the reader ({@code !Name} or {@code !!name}); the reader is left after it. */
  private String tag() {
    int start = pos + 1;
    boolean standard = at(start) == '!';
    if (standard) {
      start++;
    }
    int i = start;
    while (true) {
      char c = at(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' && !standard || c >= '0' && c <= '9' && i > start && !standard) {
        i++;
      } else {
        break;
      }
    }
    if (i == start || !isBlankOrBreak(at(i))) {
      throw unsupported();
    }
    pos = i;
    return standard ? STANDARD_TAG + text.substring(start, i) : text.substring(start - 1, i);
  }

  /**
   * A literal or folded block scalar ({@code |} or {@code >}, then nothing, {@code -} or {@code +})
   * at the reader, inside the block collection at column {@code col}; the reader is left at the
   * next line with content after it. Lines are folded as snakeyaml-engine folds them.
   */
  private void blockScalar(int col, String tag, int startLine, boolean folded) {
    pos++;
    char chomping = at(pos);
    if (chomping == '-' || chomping == '+') {
      pos++;
    } else {
      chomping = ' ';
    }
    char c = at(pos);
    if (c != ' ' && !isBreak(c)) {
      throw unsupported();
    }
    skipSpaces();
    if (at(pos) == '#') {
      while (!isBreak(at(pos))) {
        pos++;
      }
    } else if (!isBreak(at(pos))) {
      throw unsupported();
    }
    if (pos >= length) {
      throw unsupported();
    }
    // the lines of spaces only before the first line of content become line breaks of the value
    int leadingBreaks = 0;
    int widest = 0;
    int contentIndent;
    while (true) {
      passBreak();
      int spaces = spacesAt(pos);
      if (!isBreak(at(pos + spaces))) {
        contentIndent = spaces;
        break;
      }
      if (pos + spaces >= length) {
        // no content at all: left to the full reader
        throw unsupported();
      }
      widest = Math.max(widest, spaces);
      leadingBreaks++;
      pos += spaces;
    }
    if (contentIndent <= col || widest > contentIndent) {
      throw unsupported();
    }
    StringBuilder value = new StringBuilder();
    int breaks = leadingBreaks;
    while (true) {
      // at the start of a line of content, indented by at least contentIndent
      flushBreaks(value, breaks);
      boolean leadingNonSpace = at(pos + contentIndent) != ' ';
      int end = pos + contentIndent;
      while (!isBreak(at(end))) {
        end++;
      }
      value.append(text, pos + contentIndent, end);
      pos = end;
      if (pos >= length) {
        // the last line without a line break: left to the full reader
        throw unsupported();
      }
      passBreak();
      // empty lines (no more than contentIndent spaces) become line breaks
      breaks = 0;
      int spaces;
      while (true) {
        spaces = Math.min(spacesAt(pos), contentIndent);
        if (isBreak(at(pos + spaces)) && pos + spaces < length) {
          breaks++;
          pos += spaces;
          passBreak();
          continue;
        }
        break;
      }
      if (spaces == contentIndent && pos + spaces < length) {
        if (!(folded && leadingNonSpace && at(pos + contentIndent) != ' ')) {
          value.append('\n');
        } else if (breaks == 0) {
          value.append(' ');
        }
        continue;
      }
      break;
    }
    if (chomping != '-') {
      value.append('\n');
    }
    if (chomping == '+') {
      flushBreaks(value, breaks);
    }
    events.scalar(value.toString(), false, tag, null, startLine);
    // the reader is at the start of the line after the scalar, or at the end of the text
    pos = lineStart;
    contentLine();
    if (!eof && indent > col) {
      throw unsupported();
    }
  }

  /** Past the line break at the reader, to the start of the next line. */
  private void passBreak() {
    pos += text.charAt(pos) == '\r' ? 2 : 1;
    line++;
    lineStart = pos;
  }

  private int spacesAt(int p) {
    int i = p;
    while (at(i) == ' ') {
      i++;
    }
    return i - p;
  }

  private static void flushBreaks(StringBuilder value, int breaks) {
    for (int i = 0; i < breaks; i++) {
      value.append('\n');
    }
  }

  // ---------------------------------------------------------------- flow collections (on one line)

  private void flowSequence(String tag, int startLine) {
    events.start(false, tag, null, startLine);
    if (opened(']')) {
      do {
        flowNode();
      } while (nextEntry(']'));
    }
    events.end();
  }

  private void flowMapping(String tag, int startLine) {
    events.start(true, tag, null, startLine);
    if (opened('}')) {
      do {
        int keyLine = line;
        char c = at(pos);
        String name;
        if (c == '\'' || c == '"') {
          name = quoted(true);
          skipSpaces();
        } else if (plainStart(pos, true)) {
          int start = pos;
          int end = plainEnd(pos, true);
          name = texts.text(text, start, end);
        } else {
          throw unsupported();
        }
        if (at(pos) != ':' || at(pos + 1) != ' ') {
          throw unsupported();
        }
        events.scalar(name, true, null, null, keyLine);
        pos++;
        skipSpaces();
        flowNode();
      } while (nextEntry('}'));
    }
    events.end();
  }

  /** Past the opening bracket at the reader: true when an entry follows, false (and past it) at {@code close}. */
  private boolean opened(char close) {
    pos++;
    skipSpaces();
    if (at(pos) == close) {
      pos++;
      return false;
    }
    return true;
  }

  /** After an entry of a flow collection: true past a ',' before the next, false past {@code close}. */
  private boolean nextEntry(char close) {
    skipSpaces();
    char c = at(pos);
    if (c == ',') {
      pos++;
      skipSpaces();
      if (at(pos) == close) {
        // a comma before the closing bracket: left to the full reader
        throw unsupported();
      }
      return true;
    }
    if (c == close) {
      pos++;
      return false;
    }
    throw unsupported();
  }

  private void flowNode() {
    int startLine = line;
    String tag = null;
    if (at(pos) == '!') {
      tag = tag();
      skipSpaces();
    }
    char c = at(pos);
    if (c == '[') {
      flowSequence(tag, startLine);
    } else if (c == '{') {
      flowMapping(tag, startLine);
    } else if (c == '\'' || c == '"') {
      String value = quoted(true);
      skipSpaces();
      if (at(pos) == ':') {
        throw unsupported();
      }
      events.scalar(value, false, tag, null, startLine);
    } else if (plainStart(pos, true)) {
      int start = pos;
      int end = plainEnd(pos, true);
      char stop = at(pos);
      if (stop == ':' || stop == '#' || isBreak(stop)) {
        throw unsupported();
      }
      events.scalar(texts.text(text, start, end), true, tag, null, startLine);
    } else {
      throw unsupported();
    }
  }
}
