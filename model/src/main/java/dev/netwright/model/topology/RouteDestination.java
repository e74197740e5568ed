package dev.netwright.model.topology;

import dev.netwright.model.Cidr;
import dev.netwright.model.PrefixListId;

/** Where a route sends traffic for: an IPv4 CIDR block or a managed prefix list. */
public sealed interface RouteDestination permits RouteDestination.ToCidr, RouteDestination.ToPrefixList {

  /** Reads {@code 10.0.0.0/16} or {@code pl-63a5400a}. */
  static RouteDestination parse(String text) {
    if (text != null && text.startsWith("pl-")) {
      return new ToPrefixList(PrefixListId.of(text));
    }
    return new ToCidr(Cidr.parse(text));
  }

  static RouteDestination of(Cidr cidr) {
    return new ToCidr(cidr);
  }

  static RouteDestination of(PrefixListId prefixList) {
    return new ToPrefixList(prefixList);
  }

  /** The text form used in files and messages. */
  String text();

  /** A route for a CIDR block. */
  record ToCidr(Cidr cidr) implements RouteDestination {
    public ToCidr {
      java.util.Objects.requireNonNull(cidr, "cidr");
    }

    @Override
    public String text() {
      return cidr.toString();
    }

    @Override
    public String toString() {
      return text();
    }
  }

  /** A route for a managed prefix list, such as a service's list behind a gateway endpoint. */
  record ToPrefixList(PrefixListId prefixList) implements RouteDestination {
    public ToPrefixList {
      java.util.Objects.requireNonNull(prefixList, "prefixList");
    }

    @Override
    public String text() {
      return prefixList.value();
    }

    @Override
    public String toString() {
      return text();
    }
  }
}
