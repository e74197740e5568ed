package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.util.Optional;

/**
 * The two kinds of value an evaluated template holds besides plain JSON: a reference to one of its
 * resources (what {@code Ref} and most {@code Fn::GetAtt}s give), and a value Netwright cannot
 * know (a parameter without a default, an {@code Fn::ImportValue}), with the reason why.
 */
final class TemplateValues {
  private TemplateValues() {
  }

  /** A resource of the template, or one of its attributes ({@code attribute} empty for {@code Ref}). */
  record Reference(String logicalId, String attribute) {
    /** What stands for the resource's physical id when a reference is made into text. */
    String text() {
      return attribute.isEmpty() ? logicalId : logicalId + "." + attribute;
    }

    /** As the template writes it, for messages (a value's text is what {@code POJONode.asText} gives). */
    @Override
    public String toString() {
      return attribute.isEmpty() ? "Ref " + logicalId : "Fn::GetAtt " + logicalId + "." + attribute;
    }
  }

  /** A value that cannot be known before deployment. */
  record Unknown(String reason) {
    @Override
    public String toString() {
      return "a value not known before deployment (" + reason + ")";
    }
  }

  static JsonNode reference(String logicalId, String attribute) {
    return new POJONode(new Reference(logicalId, attribute));
  }

  static JsonNode unknown(String reason) {
    return new POJONode(new Unknown(reason));
  }

  static Optional<Reference> referenceOf(JsonNode node) {
    return node instanceof POJONode pojo && pojo.getPojo() instanceof Reference reference ? Optional.of(reference) : Optional.empty();
  }

  static Optional<Unknown> unknownOf(JsonNode node) {
    return node instanceof POJONode pojo && pojo.getPojo() instanceof Unknown unknown ? Optional.of(unknown) : Optional.empty();
  }
}
