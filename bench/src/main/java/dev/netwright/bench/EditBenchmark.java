package dev.netwright.bench;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.edit.DesignEditor;
import dev.netwright.model.edit.History;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One edit through the editor on a design of 61,000 elements (1,000 VPCs of 40 subnets, 11 route
 * tables, an internet gateway and 8 security groups each), each drawn: what a user waits for
 * between releasing the mouse and seeing the result. Each invocation starts from the same
 * document with a fresh history.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EditBenchmark {
  private Document design;
  private DesignEditor editor;

  @Setup(Level.Trial)
  public void buildDesign() {
    List<Element> elements = new ArrayList<>();
    for (int v = 0; v < 1000; v++) {
      ElementId vpc = ElementId.of("Vpc" + v);
      String net = "10." + (v % 250) + ".";
      elements.add(new Vpc(vpc, "Vpc" + v, List.of(Cidr.parse(net + "0.0/16")), true, true, Region.US_EAST_1));
      List<ElementId> subnets = new ArrayList<>();
      for (int s = 0; s < 40; s++) {
        ElementId subnet = ElementId.of("Subnet" + v + "_" + s);
        subnets.add(subnet);
        elements.add(new Subnet(subnet, "", vpc, Cidr.parse(net + s + ".0/24"), Region.US_EAST_1.zone((char) ('a' + s % 3))));
      }
      elements.add(new RouteTable(ElementId.of("Main" + v), "", vpc, true, List.of(), List.of()));
      for (int t = 0; t < 10; t++) {
        elements.add(new RouteTable(ElementId.of("Rt" + v + "_" + t), "", vpc, false, List.of(),
            subnets.subList(t * 4, t * 4 + 4)));
      }
      elements.add(new InternetGateway(ElementId.of("Igw" + v), "", vpc));
      for (int g = 0; g < 8; g++) {
        elements.add(new SecurityGroup(ElementId.of("Sg" + v + "_" + g), "", vpc, "", List.of(), List.of()));
      }
    }
    Map<ElementId, Bounds> bounds = new LinkedHashMap<>();
    for (Element element : elements) {
      bounds.put(element.id(), new Bounds(0, 0, 150, 56));
    }
    design = new Document("bench", "", Region.US_EAST_1, Topology.of(elements), Layout.of(bounds));
  }

  @Setup(Level.Invocation)
  public void freshHistory() {
    editor = new DesignEditor(new History(design));
  }

  @Benchmark
  public Object renameSubnet() {
    return editor.update(design.topology().require(ElementId.of("Subnet7_3"), Subnet.class).withName("Renamed"));
  }

  @Benchmark
  public Object addSubnet() {
    return editor.add(new Subnet(ElementId.of("New"), "", ElementId.of("Vpc5"), Cidr.parse("10.5.200.0/24"),
        Region.US_EAST_1.zone('a')), new Bounds(10, 10, 220, 110));
  }

  @Benchmark
  public Object associateSubnet() {
    return editor.associate(ElementId.of("Subnet7_3"), ElementId.of("Rt7_5"));
  }

  @Benchmark
  public Object addRoute() {
    return editor.addRoute(ElementId.of("Rt7_5"), Route.of("0.0.0.0/0", "Igw7"));
  }

  @Benchmark
  public Object moveThree() {
    Bounds box = new Bounds(5, 5, 150, 56);
    return editor.move(Map.of(ElementId.of("Vpc9"), box, ElementId.of("Subnet9_2"), box, ElementId.of("Subnet9_3"), box));
  }

  @Benchmark
  public Object deleteSubnet() {
    return editor.delete(List.of(ElementId.of("Subnet9_1")));
  }

  @Benchmark
  public Object deleteVpc() {
    return editor.delete(List.of(ElementId.of("Vpc11")));
  }
}
