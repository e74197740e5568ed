package dev.netwright.model.edit;

import dev.netwright.model.Region;
import dev.netwright.model.document.Document;

/** Changes what the design is about: its name, description and default region. */
public final class EditDocumentInfo implements Command {
  private final String name;
  private final String description;
  private final Region region;

  EditDocumentInfo(String name, String description, Region region) {
    this.name = name;
    this.description = description;
    this.region = region;
  }

  @Override
  public String label() {
    return "Edit design info";
  }

  @Override
  public Document apply(Document document) {
    return document.withInfo(name, description, region);
  }
}
