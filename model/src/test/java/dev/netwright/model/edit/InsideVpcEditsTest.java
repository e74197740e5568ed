package dev.netwright.model.edit;

import static dev.netwright.model.edit.TestDesigns.APP;
import static dev.netwright.model.edit.TestDesigns.APP_SG;
import static dev.netwright.model.edit.TestDesigns.DATA;
import static dev.netwright.model.edit.TestDesigns.ENDPOINT_SG;
import static dev.netwright.model.edit.TestDesigns.MAIN;
import static dev.netwright.model.edit.TestDesigns.OTHER;
import static dev.netwright.model.edit.TestDesigns.OTHER_SG;
import static dev.netwright.model.edit.TestDesigns.OTHER_WEB;
import static dev.netwright.model.edit.TestDesigns.WEB;
import static dev.netwright.model.edit.TestDesigns.cidr;
import static dev.netwright.model.edit.TestDesigns.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.IpAddress;
import dev.netwright.model.PortRange;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Network ACLs and workloads through the editor: each edit executes, undoes and redoes to equal documents; bad ones are refused. */
class InsideVpcEditsTest {
  static final ElementId DEFAULT_ACL = id("DefaultAcl");
  static final ElementId LOCKED_ACL = id("LockedAcl");
  static final ElementId WEB1 = id("Web1");

  /** {@link TestDesigns#twoVpcs()} with a default ACL, a locked-down ACL on App, and an instance in Web. */
  static DesignEditor editor() {
    Document base = TestDesigns.twoVpcs();
    NetworkAcl defaults = new NetworkAcl(DEFAULT_ACL, "default", MAIN, true, List.of(AclRule.allowAll(100)),
        List.of(AclRule.allowAll(100)), List.of());
    NetworkAcl locked = new NetworkAcl(LOCKED_ACL, "locked", MAIN, false,
        List.of(AclRule.tcp(100, PortRange.single(443), cidr("10.0.0.0/16"), AclAction.ALLOW)),
        List.of(AclRule.tcp(100, new PortRange(1024, 65535), cidr("10.0.0.0/16"), AclAction.ALLOW)), List.of(APP));
    Workload web1 = new Workload(WEB1, "web 1", WorkloadType.EC2_INSTANCE, WEB, IpAddress.parse("10.0.1.10"), true, List.of(APP_SG));
    Document document = base.withTopology(base.topology().with(List.of(defaults, locked, web1), List.of()));
    return new DesignEditor(new History(document));
  }

  private static NetworkAcl acl(Document document, ElementId id) {
    return document.topology().require(id, NetworkAcl.class);
  }

  private static Workload web1(Document document) {
    return document.topology().require(WEB1, Workload.class);
  }

  private static Arguments edit(String name, Function<DesignEditor, Command> edit, Predicate<Document> effect) {
    return Arguments.of(name, edit, effect);
  }

  static Stream<Arguments> edits() {
    return Stream.of(
        edit("add network ACL", e -> e.add(new NetworkAcl(e.nextId(dev.netwright.model.topology.ElementKind.NETWORK_ACL), "data",
                MAIN, false, List.of(), List.of(), List.of(DATA))),
            d -> d.topology().networkAclOf(DATA).map(acl -> acl.id().equals(id("NetworkAcl1"))).orElse(false)),
        edit("add workload", e -> e.add(new Workload(id("Workload1"), "db", WorkloadType.RDS, DATA, null, false, List.of(APP_SG))),
            d -> d.topology().workloadsIn(DATA).size() == 1),
        edit("edit ACL rules", e -> e.update(acl(e.document(), LOCKED_ACL).withRules(
                List.of(AclRule.tcp(90, PortRange.single(22), cidr("0.0.0.0/0"), AclAction.DENY), AclRule.allowAll(100)), List.of())),
            d -> acl(d, LOCKED_ACL).inbound().get(0).number() == 90 && acl(d, LOCKED_ACL).outbound().isEmpty()),
        edit("associate subnet with ACL", e -> e.associateNetworkAcl(WEB, LOCKED_ACL),
            d -> d.topology().networkAclOf(WEB).orElseThrow().id().equals(LOCKED_ACL)),
        edit("return subnet to default ACL", e -> e.disassociateNetworkAcl(APP),
            d -> d.topology().networkAclOf(APP).orElseThrow().id().equals(DEFAULT_ACL)),
        edit("change workload groups", e -> e.update(web1(e.document()).withSecurityGroups(List.of(APP_SG, ENDPOINT_SG))),
            d -> web1(d).securityGroupIds().size() == 2),
        edit("change workload address", e -> e.update(web1(e.document()).withAddress(null, false)),
            d -> web1(d).address().isEmpty() && !web1(d).publicIp()),
        edit("delete subnet takes its workloads and association", e -> e.delete(List.of(WEB)),
            d -> !d.topology().contains(WEB1)),
        edit("delete group drops it from workloads", e -> e.delete(List.of(APP_SG)), d -> web1(d).securityGroupIds().isEmpty()),
        edit("delete ACL returns its subnets to the default", e -> e.delete(List.of(LOCKED_ACL)),
            d -> d.topology().networkAclOf(APP).orElseThrow().id().equals(DEFAULT_ACL)),
        edit("paste subnet with its workload", e -> e.paste(Clipboard.copy(e.document(), List.of(WEB, WEB1)), 40, 40),
            d -> d.topology().workloads().size() == 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void executeUndoRedo_giveEqualDocumentsAtEachStep(String name, Function<DesignEditor, Command> edit, Predicate<Document> effect) {
    DesignEditor editor = editor();
    History history = editor.history();
    Document before = history.current();

    Command command = edit.apply(editor);
    Document after = history.current();

    assertTrue(effect.test(after), "the edit has its effect");
    assertFalse(effect.test(before), "the effect was not there before");
    assertEquals(List.of(), StructureCheck.problems(after.topology()), "the design stays sound");
    assertNotEquals(before, after);
    assertTrue(history.undo());
    assertEquals(before, history.current());
    assertTrue(history.redo());
    assertEquals(after, history.current());
    assertTrue(history.undo());
    assertEquals(before, history.current());
  }

  private static void assertRefused(String message, Function<DesignEditor, Command> edit) {
    DesignEditor editor = editor();
    Document start = editor.document();
    EditRefusedException refused = assertThrows(EditRefusedException.class, () -> edit.apply(editor));
    assertEquals(message, refused.getMessage());
    assertSame(start, editor.document());
    assertFalse(editor.history().canUndo());
  }

  @Test
  void deletingTheDefaultAcl_isRefused() {
    assertRefused("network ACL default is the default network ACL of VPC Main; AWS keeps it for as long as the VPC exists",
        e -> e.delete(List.of(DEFAULT_ACL)));
  }

  @Test
  void aSecondDefaultAcl_isRefused() {
    assertRefused("VPC Main already has a default network ACL, default",
        e -> e.add(new NetworkAcl(id("Acl2"), "second-default", MAIN, true, List.of(), List.of(), List.of())));
  }

  @Test
  void associatingASubnetOfAnotherVpc_isRefused() {
    assertRefused("network ACL locked is in VPC Main, subnet OtherWeb is in VPC Other", e -> e.associateNetworkAcl(OTHER_WEB, LOCKED_ACL));
  }

  @Test
  void aSubnetOnTwoAcls_isRefused() {
    assertRefused("subnet App is already associated with network ACL locked; a subnet has one network ACL",
        e -> e.add(new NetworkAcl(id("Acl2"), "second", MAIN, false, List.of(), List.of(), List.of(APP))));
  }

  @Test
  void aWorkloadAddressOutsideItsSubnet_isRefused() {
    assertRefused("workload web 1's address 10.0.9.9 lies outside subnet Web (10.0.1.0/24)",
        e -> e.update(web1(e.document()).withAddress(IpAddress.parse("10.0.9.9"), true)));
  }

  @Test
  void aWorkloadInAGroupOfAnotherVpc_isRefused() {
    assertRefused("workload web 1 is in VPC Main, security group OtherSg is in VPC Other",
        e -> e.update(web1(e.document()).withSecurityGroups(List.of(OTHER_SG))));
  }

  @Test
  void unsettingTheDefaultFlag_isRefused() {
    assertRefused("network ACL default is the default network ACL of VPC Main; AWS fixes a VPC's default ACL when it makes the VPC",
        e -> e.update(acl(e.document(), DEFAULT_ACL).withDefault(false)));
  }

  @Test
  void aclRules_areKeptInRuleNumberOrder_andOneNumberOnce() {
    NetworkAcl acl = new NetworkAcl(id("A"), "", MAIN, false,
        List.of(AclRule.allowAll(200), AclRule.tcp(100, PortRange.single(22), cidr("0.0.0.0/0"), AclAction.DENY)), List.of(), List.of());
    assertEquals(List.of(100, 200), acl.inbound().stream().map(AclRule::number).toList());
    assertThrows(dev.netwright.model.InvalidValueException.class, () -> new NetworkAcl(id("A"), "", MAIN, false,
        List.of(AclRule.allowAll(100), AclRule.allowAll(100)), List.of(), List.of()));
  }

  @Test
  void withNoAclInTheDesign_aSubnetHasNone_andKeepsAwsDefault() {
    assertTrue(TestDesigns.twoVpcs().topology().networkAclOf(WEB).isEmpty());
    assertEquals(OTHER, TestDesigns.twoVpcs().topology().require(OTHER_WEB, dev.netwright.model.topology.Subnet.class).vpcId());
  }
}
