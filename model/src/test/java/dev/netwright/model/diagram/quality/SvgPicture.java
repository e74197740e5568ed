package dev.netwright.model.diagram.quality;

import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.Point;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A semantic diagram SVG (CLI.md) read back with the JDK's XML parser: its boxes (each
 * {@code <g data-id>} with its first {@code <rect>}, its parent box and its texts), its
 * connections ({@code <path data-from data-to>}) and its connection labels (the texts outside
 * every box, each belonging to the connection drawn before it).
 */
record SvgPicture(List<DrawnBox> boxes, List<Connection> connections, List<Label> labels) {
  /** One line of text: its words, where its baseline starts, its size and weight and anchor. */
  record TextLine(String text, double x, double y, double size, boolean bold, String anchor) {
  }

  /** One {@code <text>}: its lines (one per {@code <tspan>}, or the text itself). */
  record Text(List<TextLine> lines) {
    String whole() {
      return String.join(" ", lines.stream().map(TextLine::text).toList());
    }
  }

  /** A box: index in {@link #boxes}, its element id and kind, its rect, its parent's index (-1 at the top), its texts in order. */
  record DrawnBox(int index, String id, String kind, Box box, int parent, List<Text> texts) {
  }

  /** A connection's line. */
  record Connection(int index, String from, String to, String kind, List<Point> points) {
    String describe() {
      return kind + " " + from + " → " + to;
    }
  }

  /** A text outside every box, and the connection drawn before it (-1 when none). */
  record Label(Text text, int connection) {
  }

  static SvgPicture parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement();
      Reader reader = new Reader();
      reader.walk(root, -1);
      return new SvgPicture(reader.boxes, reader.connections, reader.labels);
    } catch (Exception e) {
      throw new IllegalArgumentException("not a readable SVG document: " + e.getMessage(), e);
    }
  }

  /** Walks the document in order, keeping the nearest enclosing box. */
  private static final class Reader {
    final List<DrawnBox> boxes = new ArrayList<>();
    final List<Connection> connections = new ArrayList<>();
    final List<Label> labels = new ArrayList<>();

    void walk(Element element, int box) {
      for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (!(node instanceof Element child)) {
          continue;
        }
        switch (child.getTagName()) {
          case "g" -> walk(child, child.hasAttribute("data-id") ? addBox(child, box) : box);
          case "path" -> {
            if (child.hasAttribute("data-from")) {
              connections.add(new Connection(connections.size(), child.getAttribute("data-from"),
                  child.getAttribute("data-to"), child.getAttribute("data-kind"), pathPoints(child.getAttribute("d"))));
            }
          }
          case "text" -> {
            if (box < 0) {
              labels.add(new Label(text(child), connections.size() - 1));
            }
          }
          default -> {
          }
        }
      }
    }

    private int addBox(Element g, int parent) {
      Box rect = null;
      List<Text> texts = new ArrayList<>();
      for (Node node = g.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node instanceof Element child) {
          if (rect == null && child.getTagName().equals("rect")) {
            rect = new Box(number(child, "x"), number(child, "y"), number(child, "width"), number(child, "height"));
          } else if (child.getTagName().equals("text")) {
            texts.add(text(child));
          }
        }
      }
      if (rect == null) {
        throw new IllegalArgumentException("box " + g.getAttribute("data-id") + " has no rect");
      }
      int index = boxes.size();
      boxes.add(new DrawnBox(index, g.getAttribute("data-id"), g.getAttribute("data-kind"), rect, parent, texts));
      return index;
    }
  }

  private static Text text(Element text) {
    double size = text.hasAttribute("font-size") ? number(text, "font-size") : 12;
    boolean bold = "bold".equals(text.getAttribute("font-weight"));
    String anchor = text.hasAttribute("text-anchor") ? text.getAttribute("text-anchor") : "start";
    List<TextLine> lines = new ArrayList<>();
    for (Node node = text.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element span && span.getTagName().equals("tspan")) {
        double x = span.hasAttribute("x") ? number(span, "x") : number(text, "x");
        double y = span.hasAttribute("y") ? number(span, "y") : number(text, "y");
        lines.add(new TextLine(span.getTextContent(), x, y, size, bold, anchor));
      }
    }
    if (lines.isEmpty()) {
      lines.add(new TextLine(text.getTextContent(), number(text, "x"), number(text, "y"), size, bold, anchor));
    }
    return new Text(lines);
  }

  private static double number(Element element, String attribute) {
    String value = element.getAttribute(attribute).trim();
    return value.isEmpty() ? 0 : Double.parseDouble(value);
  }

  /** The corners of an SVG path made of absolute M, L, H and V commands. */
  static List<Point> pathPoints(String data) {
    String[] tokens = data.trim().replaceAll("([MLHVZmlhvz])", " $1 ").replace(',', ' ').trim().split("\\s+");
    List<Point> points = new ArrayList<>();
    double x = 0;
    double y = 0;
    char command = 'M';
    int k = 0;
    while (k < tokens.length) {
      String token = tokens[k];
      if (Character.isLetter(token.charAt(0))) {
        command = token.toUpperCase(Locale.ROOT).charAt(0);
        if (token.equals(token.toLowerCase(Locale.ROOT)) && command != 'Z') {
          throw new IllegalArgumentException("relative path commands are not read: " + data);
        }
        k++;
        continue;
      }
      switch (command) {
        case 'M', 'L' -> {
          x = Double.parseDouble(tokens[k++]);
          y = Double.parseDouble(tokens[k++]);
        }
        case 'H' -> x = Double.parseDouble(tokens[k++]);
        case 'V' -> y = Double.parseDouble(tokens[k++]);
        default -> throw new IllegalArgumentException("unexpected path command " + command + " in " + data);
      }
      points.add(new Point(x, y));
    }
    return points;
  }
}
