package dev.netwright.model.cfn;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives every element and every auxiliary resource of an export a logical id that is valid
 * (letters and digits, at most 255), unique in the template and stable: the same design gives the
 * same ids every time.
 *
 * <p>An element whose id already is a valid logical id keeps it: renaming an element in the
 * designer then does not make CloudFormation replace the resource on the next stack update, the
 * logical ids that opaque resources refer to stay valid, and the ids of {@code reach} and
 * {@code validate} are the same for the design and its template. Other ids (such as
 * {@code subnet-0abc} from an account import) give way to a PascalCase form of the element's name,
 * else of the id itself.
 */
final class LogicalIds {
  static final int MAX_LENGTH = 255;
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9]{1,255}");

  private final Map<ElementId, String> ofElement = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  /** Allocates the ids of all elements, in this order. */
  LogicalIds(List<? extends Element> elements) {
    for (Element element : elements) {
      if (isValid(element.id().value())) {
        ofElement.put(element.id(), element.id().value());
        taken.add(element.id().value().toLowerCase(Locale.ROOT));
      }
    }
    for (Element element : elements) {
      if (!ofElement.containsKey(element.id())) {
        String base = pascal(element.name());
        if (base.isEmpty()) {
          base = pascal(element.id().value());
        }
        ofElement.put(element.id(), unique(base.isEmpty() ? "Resource" : base));
      }
    }
  }

  static boolean isValid(String logicalId) {
    return VALID.matcher(logicalId).matches();
  }

  /** The logical id of an element of the design. */
  String of(ElementId id) {
    String logical = ofElement.get(id);
    if (logical == null) {
      throw new IllegalStateException("no logical id was allocated for " + id);
    }
    return logical;
  }

  /** A new id for a resource the export adds (an attachment, an EIP, a route): {@code base}, else {@code base2}, ... */
  String unique(String base) {
    String trimmed = base.length() > MAX_LENGTH - 6 ? base.substring(0, MAX_LENGTH - 6) : base;
    String candidate = trimmed;
    int suffix = 2;
    // CloudFormation compares logical ids case-sensitively, but people and some tools do not: keep them apart either way.
    while (!taken.add(candidate.toLowerCase(Locale.ROOT))) {
      candidate = trimmed + suffix++;
    }
    return candidate;
  }

  /** "private subnet a" and "private-subnet-a" both become "PrivateSubnetA". */
  static String pascal(String text) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    return out.toString();
  }
}
