package dev.netwright.model.path;

import static dev.netwright.model.path.Net.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A subnet's way, kept by the engine, and when a workload of the subnet ends its own way alike. */
class SubnetWayTest {
  private static final List<String> SAMPLES = List.of("locked-down-acl.json", "ssm-interface-endpoints.json", "three-tier.json",
      "s3-gateway-endpoints.json", "onprem-vpn-s3-interface.json");
  private static final List<String> TARGETS = List.of("s3", "dynamodb", "service:ssm", "service:ssmmessages", "internet");

  @Test
  void aSubnetsWay_isItsAnswer_andIsWalkedOnce() {
    Topology design = SamplePathsTest.sample("locked-down-acl.json");
    PathEngine engine = PathEngine.of(design);
    SubnetWay way = engine.wayFrom(id("AppSubnet"), Target.parse("s3"));
    assertEquals(engine.reach(id("AppSubnet"), Target.parse("s3")), way.answer());
    assertSame(way, engine.wayFrom(id("AppSubnet"), Target.parse("s3")));
  }

  @Test
  void web1_whoseGroupKeepsItFromS3_doesNotEndAlike_butTheReportFunctionDoes() {
    Topology design = SamplePathsTest.sample("locked-down-acl.json");
    PathEngine engine = PathEngine.of(design);
    SubnetWay way = engine.wayFrom(id("AppSubnet"), Target.parse("s3"));
    assertTrue(way.answer().reachable());
    assertFalse(way.endsAlikeFor(design.require(id("Web1"), Workload.class)));
    assertFalse(engine.reach(id("Web1"), Target.parse("s3")).reachable());
    Workload report = design.require(id("ReportFunction"), Workload.class);
    if (report.subnetId().equals(id("AppSubnet")) && report.address().isEmpty()) {
      assertTrue(way.endsAlikeFor(report));
      assertTrue(engine.reach(report.id(), Target.parse("s3")).reachable());
    }
  }

  /** Wherever a workload is said to end alike, its own walk ends as its subnet's: reachable, or blocked by the same thing. */
  @Test
  void everySampleWorkload_saidToEndAlike_isAnsweredAsItsSubnet() {
    int alike = 0;
    int walked = 0;
    for (String sample : SAMPLES) {
      Topology design = SamplePathsTest.sample(sample);
      PathEngine engine = PathEngine.of(design);
      for (Workload workload : design.workloads()) {
        for (String target : TARGETS) {
          SubnetWay way = engine.wayFrom(workload.subnetId(), Target.parse(target));
          PathAnswer own = engine.reach(workload.id(), Target.parse(target));
          if (way.endsAlikeFor(workload)) {
            alike++;
            String what = sample + ": " + workload.id() + " to " + target;
            assertEquals(way.answer().reachable(), own.reachable(), what);
            assertEquals(way.answer().blockedBy(), own.blockedBy(), what);
          } else {
            walked++;
          }
        }
      }
    }
    assertTrue(alike > 0 && walked > 0, "alike " + alike + ", walked " + walked);
  }
}
