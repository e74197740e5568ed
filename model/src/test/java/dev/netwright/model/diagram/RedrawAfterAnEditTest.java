package dev.netwright.model.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netwright.model.diagram.route.ConnectorRouter;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.RouteTable;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Drawn again by the same router after an edit, a design re-routes only the lines the edit touched. */
class RedrawAfterAnEditTest {
  private final Document design = new DesignFile().read(Path.of("..", "samples", "three-tier.json"));
  private final ConnectorRouter router = new ConnectorRouter(DejaVuMetrics.get());

  private Drawing draw(Document document) {
    return DrawingBuilder.draw(document, DrawingOptions.ALL_LINES, DejaVuMetrics.get(), router);
  }

  @Test
  void removingTheFirstLine_reroutesNoneOfTheLinesAfterIt() {
    int before = draw(design).connectors().size();
    RouteTable table = design.topology().routeTables().stream().filter(t -> !t.subnetIds().isEmpty()).findFirst()
        .orElseThrow();
    RouteTable unassociated = table.withSubnetIds(table.subnetIds().subList(1, table.subnetIds().size()));

    Drawing after = draw(design.withTopology(design.topology().with(unassociated)));

    assertEquals(before - 1, after.connectors().size());
    assertEquals(0, router.reroutedLastTime(), "the other lines keep their routes");
  }

  @Test
  void addingItBack_routesOnlyThatLine() {
    RouteTable table = design.topology().routeTables().stream().filter(t -> !t.subnetIds().isEmpty()).findFirst()
        .orElseThrow();
    draw(design.withTopology(design.topology().with(table.withSubnetIds(table.subnetIds().subList(1, table.subnetIds().size())))));

    draw(design);

    assertEquals(1, router.reroutedLastTime());
  }
}
