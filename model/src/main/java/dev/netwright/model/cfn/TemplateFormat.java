package dev.netwright.model.cfn;

import dev.netwright.model.InvalidValueException;

/** The two ways a template is written: YAML with short-form tags, or JSON. */
public enum TemplateFormat {
  YAML("cfn-yaml"),
  JSON("cfn-json");

  private final String slug;

  TemplateFormat(String slug) {
    this.slug = slug;
  }

  /** The name the command line uses: {@code cfn-yaml} or {@code cfn-json}. */
  public String slug() {
    return slug;
  }

  public static TemplateFormat fromSlug(String slug) {
    for (TemplateFormat format : values()) {
      if (format.slug.equals(slug)) {
        return format;
      }
    }
    throw new InvalidValueException("'" + slug + "' is not a template format: use cfn-yaml or cfn-json");
  }
}
