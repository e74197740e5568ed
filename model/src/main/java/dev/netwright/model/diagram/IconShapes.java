package dev.netwright.model.diagram;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.ElementKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's icons (the top-level {@code icons/} folder, packaged as resources), read once.
 * Each icon is a list of filled SVG paths on a 24 x 24 grid; that subset of SVG is all the loader
 * understands, which keeps the icons drawable on the canvas, in SVG and in PNG alike.
 */
public final class IconShapes {
  /** The side of the square every icon is drawn on. */
  public static final double GRID = 24;

  private static final Pattern PATH = Pattern.compile("<path\\s+([^>]*?)/?>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
  private static final Map<ElementKind, List<IconPath>> CACHE = new EnumMap<>(ElementKind.class);

  /** One filled path of an icon. */
  public record IconPath(String data, Tint fill, boolean evenOdd) {
  }

  private IconShapes() {
  }

  /** The paths of a kind's icon, in drawing order. */
  public static synchronized List<IconPath> of(ElementKind kind) {
    return CACHE.computeIfAbsent(kind, IconShapes::load);
  }

  private static List<IconPath> load(ElementKind kind) {
    String resource = "/icons/" + kind.slug() + ".svg";
    try (InputStream in = IconShapes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new NetwrightException("the icon " + resource + " is missing from the application");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new NetwrightException("cannot read the icon " + resource + ": " + e.getMessage(), e);
    }
  }

  /** The paths of an icon's SVG text; {@code where} names it in errors. */
  public static List<IconPath> parse(String svg, String where) {
    List<IconPath> paths = new ArrayList<>();
    Matcher path = PATH.matcher(svg);
    while (path.find()) {
      Matcher attribute = ATTRIBUTE.matcher(path.group(1));
      String data = null;
      Tint fill = Tint.of("#000000");
      boolean evenOdd = false;
      while (attribute.find()) {
        switch (attribute.group(1)) {
          case "d":
            data = attribute.group(2);
            break;
          case "fill":
            fill = Tint.of(attribute.group(2));
            break;
          case "fill-rule":
            evenOdd = "evenodd".equals(attribute.group(2));
            break;
          default:
            break;
        }
      }
      if (data == null || data.isBlank()) {
        throw new NetwrightException("the icon " + where + " has a path without data");
      }
      paths.add(new IconPath(data, fill, evenOdd));
    }
    if (paths.isEmpty()) {
      throw new NetwrightException("the icon " + where + " has no paths");
    }
    return List.copyOf(paths);
  }
}
