package dev.netwright.model.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.layout.Lane;
import dev.netwright.model.layout.Lanes;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every sample loads, is sound, is drawn well, and saves back to the same bytes. */
class SamplesTest {
  private final DesignFile file = new DesignFile();

  @TempDir
  Path folder;

  @Test
  void theSamplesFolder_holdsEveryScenario() {
    List<String> names = Samples.files().stream().map(path -> path.getFileName().toString()).toList();

    assertTrue(names.containsAll(Samples.EXPECTED), "missing samples: " + names);
  }

  @TestFactory
  Stream<DynamicTest> everySample_loadsAndIsStructurallySound() {
    return Samples.files().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
      Document document = file.read(path);
      assertEquals(List.of(), StructureCheck.problems(document.topology()));
      assertFalse(document.name().isBlank());
      assertTrue(document.description().length() > 200, "the description should say what the sample shows and what to look at");
      assertTrue(document.description().contains("What to look at"), document.description());
    }));
  }

  @TestFactory
  Stream<DynamicTest> everySample_savesBackToTheSameBytes() {
    return Samples.files().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
      Path saved = folder.resolve(path.getFileName());
      file.write(file.read(path), saved);
      assertArrayEquals(Files.readAllBytes(path), Files.readAllBytes(saved));
    }));
  }

  @TestFactory
  Stream<DynamicTest> everySample_placesEveryElement_withoutOverlaps() {
    return Samples.files().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
      Document document = file.read(path);
      Topology topology = document.topology();
      // workloads and network ACLs are drawn as chips on their subnets: they have no place of their own
      List<Element> elements = new ArrayList<>(topology.elements().stream()
          .filter(element -> !(element instanceof dev.netwright.model.topology.Workload
              || element instanceof dev.netwright.model.topology.NetworkAcl)).toList());
      for (Element element : elements) {
        assertTrue(document.layout().find(element.id()).isPresent(), element.id() + " is not placed");
      }
      for (int i = 0; i < elements.size(); i++) {
        for (int j = i + 1; j < elements.size(); j++) {
          Element a = elements.get(i);
          Element b = elements.get(j);
          if (!containers(topology, a).contains(b.id()) && !containers(topology, b).contains(a.id())) {
            Bounds boxA = document.layout().find(a.id()).orElseThrow();
            Bounds boxB = document.layout().find(b.id()).orElseThrow();
            assertFalse(boxA.intersects(boxB), a.id() + " overlaps " + b.id());
          }
        }
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everySamplesSubnets_sitInTheirZonesLane_andNatGatewaysInTheirSubnet() {
    return Samples.files().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
      Document document = file.read(path);
      for (Subnet subnet : document.topology().subnets()) {
        Lane lane = Lanes.laneOf(document.topology(), document.layout(), subnet.vpcId(), subnet.zone()).orElseThrow();
        assertTrue(lane.body().contains(document.layout().find(subnet.id()).orElseThrow()), subnet.id() + " is outside its lane");
      }
      for (NatGateway nat : document.topology().natGateways()) {
        assertTrue(document.layout().find(nat.subnetId()).orElseThrow().contains(document.layout().find(nat.id()).orElseThrow()));
      }
    }));
  }

  @Test
  void theDefaultSample_isTheS3GatewayEndpointsDesign() {
    Document document = file.read(Samples.folder().resolve("s3-gateway-endpoints.json"));

    assertTrue(document.topology().contains(ElementId.of("S3GatewayEndpoint")));
    assertTrue(document.topology().contains(ElementId.of("DynamoDbGatewayEndpoint")));
  }

  private static Set<ElementId> containers(Topology topology, Element element) {
    Set<ElementId> containers = new HashSet<>();
    if (element instanceof NatGateway nat) {
      containers.add(nat.subnetId());
    }
    if (element instanceof dev.netwright.model.topology.InterfaceEndpoint endpoint) {
      // drawn in each subnet it has an interface in
      containers.addAll(endpoint.subnetIds());
    }
    if (element instanceof dev.netwright.model.topology.ResolverEndpoint resolver) {
      // drawn, like an interface endpoint, in each subnet it has an address in
      containers.addAll(resolver.subnetIds());
    }
    if (!(element instanceof PeeringConnection)) {
      topology.vpcOf(element.id()).filter(vpc -> !vpc.equals(element.id())).ifPresent(containers::add);
    }
    return containers;
  }
}
