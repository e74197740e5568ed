package dev.netwright.model.check;

import static dev.netwright.model.check.Baseline.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.Topology;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubnetExposureTest {
  @Test
  void isPublic_subnetWhoseTableSendsTheDefaultRouteToTheInternetGateway_isPublic() {
    SubnetExposure exposure = SubnetExposure.of(Baseline.topology());
    assertTrue(exposure.isPublic(Baseline.PUBLIC_A));
    assertEquals(Optional.of(Baseline.IGW), exposure.internetGatewayOf(Baseline.PUBLIC_A));
  }

  @Test
  void isPublic_subnetRoutedThroughTheNatGateway_isPrivate() {
    assertFalse(SubnetExposure.of(Baseline.topology()).isPublic(Baseline.PRIVATE_A));
    assertFalse(SubnetExposure.isPublic(Baseline.topology(), Baseline.PRIVATE_A.id()));
  }

  @Test
  void isPublic_subnetWithoutExplicitTable_followsTheMainTable() {
    Topology mainIsPublic = Baseline.with(Baseline.PUBLIC_RT.withMain(true).withSubnetIds(List.of()),
        Baseline.PRIVATE_RT.withMain(false));
    assertTrue(SubnetExposure.of(mainIsPublic).isPublic(Baseline.PUBLIC_A));
    assertTrue(SubnetExposure.isPublic(mainIsPublic, Baseline.PUBLIC_A.id()));
  }

  @Test
  void isPublic_routeOnlyForPartOfTheInternet_doesNotMakeASubnetPublic() {
    Topology partial = Baseline.with(Baseline.PUBLIC_RT.withRoutes(List.of(Route.of("52.0.0.0/8", "Igw"))));
    assertFalse(SubnetExposure.of(partial).isPublic(Baseline.PUBLIC_A));
  }

  @Test
  void isPublic_defaultRouteToAnotherVpcsGateway_doesNotMakeASubnetPublic() {
    Topology foreign = Baseline.with(Baseline.vpc("Other", "10.1.0.0/16"), new InternetGateway(id("OtherIgw"), "", id("Other")),
        Baseline.PUBLIC_RT.withRoutes(List.of(Route.of("0.0.0.0/0", "OtherIgw"))));
    assertFalse(SubnetExposure.of(foreign).isPublic(Baseline.PUBLIC_A));
    assertFalse(SubnetExposure.isPublic(foreign, Baseline.PUBLIC_A.id()));
  }

  @Test
  void isPublic_unknownSubnetId_isNotPublic() {
    assertFalse(SubnetExposure.isPublic(Baseline.topology(), id("Nothing")));
  }
}
