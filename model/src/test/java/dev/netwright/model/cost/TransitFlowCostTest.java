package dev.netwright.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A stated flow across a transit gateway pays the gateway's processing, and no cross-AZ transfer it did not make. */
class TransitFlowCostTest {
  @Test
  void aSpokesFlowToASharedEndpoint_paysTransitGatewayAndEndpointProcessing() {
    Document hub = new DesignFile().read(Path.of(System.getProperty("netwright.samples", "../samples")).resolve("hub-and-spoke.json"));

    CostItem flow = CostEstimate.of(hub, PriceTable.standard()).items().stream()
        .filter(item -> item.kind().equals("flow") && item.id().equals("AppSubnetA-ecr.dkr")).findFirst().orElseThrow();

    assertEquals("AppSubnetA -> service:ecr.dkr, 4400 GB x $0.01 endpoint processing (EcrDkrEndpoint) + 4400 GB x $0.02 transit gateway"
        + " processing (Tgw)", flow.detail());
    assertEquals(0, flow.monthly().compareTo(new java.math.BigDecimal("132.00")), flow.monthly().toString());
    assertTrue(!flow.detail().contains("cross-AZ"));
  }
}
