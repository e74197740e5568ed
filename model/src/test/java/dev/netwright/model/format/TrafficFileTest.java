package dev.netwright.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.cost.TrafficAssumption;
import dev.netwright.model.document.Document;
import dev.netwright.model.path.Target;
import dev.netwright.model.traffic.Traffic;
import dev.netwright.model.traffic.TrafficFlow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The traffic section of a design file: written only when the design states something, read back the same, refused with its place. */
class TrafficFileTest {
  private final DesignFile file = new DesignFile();
  private final Document design = EveryKindDesign.document();
  private final ElementId subnet = design.topology().subnets().get(0).id();

  private Document withFlows() {
    return design.withTraffic(new Traffic(TrafficAssumption.of(0), List.of(
        new TrafficFlow(ElementId.of("ToS3"), subnet, Target.S3, new BigDecimal("40000"), BigDecimal.ZERO),
        new TrafficFlow(ElementId.of("Out"), subnet, Target.INTERNET, new BigDecimal("12.5"), new BigDecimal("300")))));
  }

  @Test
  void aDesignThatStatesNothing_hasNoTrafficSection() {
    assertFalse(file.toJson(design).contains("\"traffic\""));
  }

  @Test
  void statedFlows_roundTrip_oneFlowALine() {
    String json = file.toJson(withFlows());

    assertEquals(withFlows(), file.parse(json, "flows.json"));
    assertTrue(json.contains("{\"id\": \"ToS3\", \"from\": \"" + subnet + "\", \"to\": \"s3\", \"gbPerMonth\": 40000}"), json);
    assertTrue(json.contains("\"sentGbPerMonth\": 12.5, \"receivedGbPerMonth\": 300}"), json);
  }

  @Test
  void aFlowFromAnElementThatIsNoSubnet_isRefusedAtTheFlow() {
    String json = file.toJson(withFlows()).replace("\"from\": \"" + subnet + "\", \"to\": \"s3\"",
        "\"from\": \"" + design.topology().vpcs().get(0).id() + "\", \"to\": \"s3\"");

    DesignFileException error = assertThrows(DesignFileException.class, () -> file.parse(json, "bad.json"));

    assertTrue(error.getMessage().contains("$.traffic.flows[0]"), error.getMessage());
    assertTrue(error.getMessage().contains("a flow starts at a subnet"), error.getMessage());
  }

  @Test
  void aFlowGivingBothATotalAndASplit_orANegativeVolume_isRefused() {
    String both = file.toJson(withFlows()).replace("\"gbPerMonth\": 40000}", "\"gbPerMonth\": 40000, \"receivedGbPerMonth\": 1}");
    String negative = file.toJson(withFlows()).replace("\"gbPerMonth\": 40000}", "\"gbPerMonth\": -4}");

    assertTrue(assertThrows(DesignFileException.class, () -> file.parse(both, "bad.json")).getMessage()
        .contains("either gbPerMonth or sentGbPerMonth and receivedGbPerMonth, not both"));
    assertTrue(assertThrows(DesignFileException.class, () -> file.parse(negative, "bad.json")).getMessage()
        .contains("$.traffic.flows[0].gbPerMonth"));
  }
}
