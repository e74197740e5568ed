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
}
