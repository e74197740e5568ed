package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The texts of one template being read, each short one kept once: keys, types and references
 * repeat across thousands of resources ({@code Properties}, {@code Ref}, {@code AWS::EC2::Subnet},
 * a VPC's logical id), and one node for each saves the tree much of its size.
 */
final class SharedTexts {
  /** Texts up to this length are kept once however often they appear. */
  private static final int SHARED_MAX = 64;

  private final Map<String, TextNode> texts = new HashMap<>();
  /** The texts {@link #text} has given, by the hash of their characters (open addressing). */
  private String[] known = new String[1 << 12];
  private int knownCount;

  TextNode of(String value) {
    if (value.length() > SHARED_MAX) {
      return JsonNodeFactory.instance.textNode(value);
    }
    TextNode known = texts.get(value);
    if (known == null) {
      known = JsonNodeFactory.instance.textNode(value);
      texts.put(value, known);
    }
    return known;
  }

  /**
   * The characters {@code from} to {@code to} of {@code source} as a string, the same string each
   * time for a short text: no copy is made for a text met before.
   */
  String text(String source, int from, int to) {
    int length = to - from;
    if (length > SHARED_MAX) {
      return source.substring(from, to);
    }
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + source.charAt(i);
    }
    int mask = known.length - 1;
    int slot = (hash ^ (hash >>> 16)) & mask;
    while (true) {
      String candidate = known[slot];
      if (candidate == null) {
        String made = source.substring(from, to);
        known[slot] = made;
        if (++knownCount * 2 > known.length) {
          grow();
        }
        return made;
      }
      if (candidate.length() == length && candidate.hashCode() == hash && source.regionMatches(from, candidate, 0, length)) {
        return candidate;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void grow() {
    String[] old = known;
    known = new String[old.length * 2];
    int mask = known.length - 1;
    for (String text : old) {
      if (text != null) {
        int hash = text.hashCode();
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (known[slot] != null) {
          slot = (slot + 1) & mask;
        }
        known[slot] = text;
      }
    }
  }
}
