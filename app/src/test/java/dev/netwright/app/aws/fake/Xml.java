package dev.netwright.app.aws.fake;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/** A tiny XML writer for the fake's responses, escaping text. */
final class Xml {
  private final StringBuilder out = new StringBuilder();

  Xml open(String name) {
    out.append('<').append(name).append('>');
    return this;
  }

  Xml close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  Xml raw(String text) {
    out.append(text);
    return this;
  }

  /** {@code <name>value</name>}, left out when value is null. */
  Xml leaf(String name, Object value) {
    if (value != null) {
      open(name).text(String.valueOf(value)).close(name);
    }
    return this;
  }

  Xml text(String value) {
    for (char c : value.toCharArray()) {
      switch (c) {
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '&': out.append("&amp;"); break;
        case '"': out.append("&quot;"); break;
        default: out.append(c);
      }
    }
    return this;
  }

  Xml element(String name, Consumer<Xml> body) {
    open(name);
    body.accept(this);
    return close(name);
  }

  /** An EC2 list: {@code <name><item>…</item>…</name>}. */
  <T> Xml set(String name, Collection<T> items, java.util.function.BiConsumer<Xml, T> item) {
    open(name);
    for (T each : items) {
      open("item");
      item.accept(this, each);
      close("item");
    }
    return close(name);
  }

  /** A list of plain strings: {@code <name><item>a</item></name>}. */
  Xml strings(String name, Collection<String> items) {
    return set(name, items, (x, value) -> x.text(value));
  }

  Xml tags(Map<String, String> tags) {
    return set("tagSet", tags.entrySet(), (x, tag) -> x.leaf("key", tag.getKey()).leaf("value", tag.getValue()));
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
