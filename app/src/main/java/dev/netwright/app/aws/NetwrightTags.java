package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tags by which Netwright knows what it created: {@code netwright:id} is the design element's
 * id, {@code netwright:design} the design's name. Apply deletes only resources that carry this
 * design's tag; everything else in the account is left alone.
 */
public final class NetwrightTags {
  public static final String ID = "netwright:id";
  public static final String DESIGN = "netwright:design";
  public static final String NAME = "Name";

  private NetwrightTags() {
  }

  /** The value of {@code netwright:design} for a design: its name, or "untitled". */
  public static String designKey(Document design) {
    String name = design.name().strip();
    return name.isEmpty() ? "untitled" : name.length() > 200 ? name.substring(0, 200) : name;
  }

  /** The tags a resource made for {@code element} gets. */
  static Map<String, String> forCreated(ElementId element, String name, String designKey) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (!name.isBlank()) {
      tags.put(NAME, name);
    }
    tags.put(ID, element.value());
    tags.put(DESIGN, designKey);
    return tags;
  }
}
