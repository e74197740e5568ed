package dev.netwright.model.topology;

import dev.netwright.model.InvalidValueException;
import java.util.Locale;

/** What a network ACL rule does with the traffic it matches. */
public enum AclAction {
  ALLOW("allow"),
  DENY("deny");

  private final String code;

  AclAction(String code) {
    this.code = code;
  }

  /** As the EC2 API and design files write it: {@code allow} or {@code deny}. */
  public String code() {
    return code;
  }

  public static AclAction parse(String text) {
    if (text != null) {
      switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "allow": return ALLOW;
        case "deny": return DENY;
        default: break;
      }
    }
    throw new InvalidValueException("'" + text + "' is not a network ACL action: use allow or deny");
  }

  @Override
  public String toString() {
    return code;
  }
}
