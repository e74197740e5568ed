package dev.netwright.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Document;
import dev.netwright.model.edit.DesignEditor;
import dev.netwright.model.edit.History;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.traffic.Traffic;
import dev.netwright.model.traffic.TrafficFlow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Advice carries its change: made through the editor it is one undo step, and the bill drops by the saving announced. */
class FollowedAdviceTest {
  private static final PriceTable PRICES = PriceTable.standard();

  private static Document leakWith(Traffic traffic) {
    return SampleDesign.read("s3-cost-leak.json").withTraffic(traffic);
  }

  /** The leak sample with its app subnets' stated S3 traffic, and no S3 gateway endpoint at all. */
  private static Document leakWithoutEndpoint() {
    Document leak = leakWith(batch(0, "1000"));
    return leak.withTopology(leak.topology().without(ElementId.of("S3GatewayEndpoint")));
  }

  private static Traffic batch(double unstated, String gb) {
    return new Traffic(TrafficAssumption.of(unstated), List.of(
        new TrafficFlow(ElementId.of("EtlA-s3"), ElementId.of("AppSubnetA"), Target.S3, new BigDecimal(gb), BigDecimal.ZERO),
        new TrafficFlow(ElementId.of("EtlB-s3"), ElementId.of("AppSubnetB"), Target.S3, new BigDecimal(gb), BigDecimal.ZERO)));
  }

  @Test
  void associateAdvice_atStatedFlows_savesTheirNatProcessing_andFollowingItDropsTheBillByThatMuch() {
    Document leak = leakWith(batch(0, "20000"));
    Recommendation advice = Advisor.advise(leak, PRICES).get(0);
    History history = new History(leak);

    new DesignEditor(history).follow(advice);

    assertEquals(Recommendation.ASSOCIATE_GATEWAY_ENDPOINT, advice.kind());
    // 40000 GB x $0.045 NAT processing, and AppSubnetB's 20000 GB x $0.01 across zones to the NAT gateway
    assertEquals(new BigDecimal("2000.00"), advice.monthlySavings());
    assertTrue(advice.message().endsWith("at the traffic the design states (0 GB a month per subnet where it states none)."),
        advice.message());
    BigDecimal before = CostEstimate.of(leak, PRICES).monthlyTotal();
    BigDecimal after = CostEstimate.of(history.current(), PRICES).monthlyTotal();
    assertEquals(advice.monthlySavings(), before.subtract(after));
    assertEquals(List.of(ElementId.of("PublicRouteTable"), ElementId.of("AppRouteTable")),
        history.current().topology().require(ElementId.of("S3GatewayEndpoint"), GatewayEndpoint.class).routeTableIds());
  }

  @Test
  void followedAdvice_isOneUndoStep_namedForTheChange() {
    Document leak = leakWith(batch(0, "100"));
    History history = new History(leak);

    new DesignEditor(history).follow(Advisor.advise(leak, PRICES).get(0));

    assertEquals("Associate S3GatewayEndpoint with AppRouteTable", history.undoLabel().orElseThrow());
    assertTrue(history.undo());
    assertSame(leak, history.current());
    assertFalse(history.canUndo());
    assertTrue(history.redo());
    assertTrue(Advisor.advise(history.current(), PRICES).isEmpty(), "nothing leaks once the advice is followed");
  }

  @Test
  void addGatewayEndpointAdvice_addsTheEndpointOnTheLeakingTables() {
    Document withoutEndpoint = leakWithoutEndpoint();
    Recommendation advice = Advisor.advise(withoutEndpoint, PRICES).get(0);
    History history = new History(withoutEndpoint);

    new DesignEditor(history).follow(advice);

    assertEquals(Recommendation.ADD_GATEWAY_ENDPOINT, advice.kind());
    GatewayEndpoint added = history.current().topology().require(ElementId.of("S3GatewayEndpoint"), GatewayEndpoint.class);
    assertEquals(List.of(ElementId.of("AppRouteTable")), added.routeTableIds());
    assertEquals(advice.monthlySavings(), CostEstimate.of(withoutEndpoint, PRICES).monthlyTotal()
        .subtract(CostEstimate.of(history.current(), PRICES).monthlyTotal()));
  }

  @Test
  void adviceOutOfDate_isRefused_andChangesNothing() {
    Document withoutEndpoint = leakWithoutEndpoint();
    Recommendation add = Advisor.advise(withoutEndpoint, PRICES).get(0);
    History history = new History(withoutEndpoint);
    DesignEditor editor = new DesignEditor(history);
    editor.follow(add);
    Document once = history.current();

    NetwrightException refused = assertThrows(NetwrightException.class, () -> editor.follow(add));

    assertEquals("the design already has an element S3GatewayEndpoint; this advice is out of date", refused.getMessage());
    assertSame(once, history.current());
    assertEquals(1, history.undoDepth());
  }
}
