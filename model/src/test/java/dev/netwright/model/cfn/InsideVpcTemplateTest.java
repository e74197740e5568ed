package dev.netwright.model.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Network ACLs and workloads read from a hand-written template, and an instance's image id exported as a parameter. */
class InsideVpcTemplateTest {
  private static final String TEMPLATE = String.join("\n",
      "Parameters:",
      "  WebImage:",
      "    Type: AWS::EC2::Image::Id",
      "Resources:",
      "  Vpc:",
      "    Type: AWS::EC2::VPC",
      "    Properties: {CidrBlock: 10.0.0.0/16}",
      "  App:",
      "    Type: AWS::EC2::Subnet",
      "    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a}",
      "  WebSg:",
      "    Type: AWS::EC2::SecurityGroup",
      "    Properties: {GroupDescription: web, VpcId: !Ref Vpc}",
      "  Acl:",
      "    Type: AWS::EC2::NetworkAcl",
      "    Properties: {VpcId: !Ref Vpc}",
      "  AclIn:",
      "    Type: AWS::EC2::NetworkAclEntry",
      "    Properties: {NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0,",
      "      PortRange: {From: 1024, To: 65535}}",
      "  AclOut:",
      "    Type: AWS::EC2::NetworkAclEntry",
      "    Properties: {NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: allow, Egress: true,",
      "      CidrBlock: 0.0.0.0/0, PortRange: {From: 443, To: 443}}",
      "  AclV6:",
      "    Type: AWS::EC2::NetworkAclEntry",
      "    Properties: {NetworkAclId: !Ref Acl, RuleNumber: 101, Protocol: -1, RuleAction: allow, Egress: true, Ipv6CidrBlock: '::/0'}",
      "  AppAcl:",
      "    Type: AWS::EC2::SubnetNetworkAclAssociation",
      "    Properties: {SubnetId: !Ref App, NetworkAclId: !Ref Acl}",
      "  Web:",
      "    Type: AWS::EC2::Instance",
      "    Properties: {ImageId: !Ref WebImage, SubnetId: !Ref App, SecurityGroupIds: [!Ref WebSg], PrivateIpAddress: 10.0.1.10}",
      "  Eni:",
      "    Type: AWS::EC2::NetworkInterface",
      "    Properties: {SubnetId: !Ref App, GroupSet: [!Ref WebSg]}",
      "  Worker:",
      "    Type: AWS::EC2::Instance",
      "    Properties: {ImageId: ami-0abc, InstanceType: t3.micro, SubnetId: !Ref App}",
      "");

  @Test
  void aclEntriesAndAssociations_foldIntoTheAcl_andAnIpv6EntryStaysOpaque() {
    Topology topology = TemplateImporter.parse(TEMPLATE, "t.yaml", null).document().topology();
    NetworkAcl acl = topology.require(ElementId.of("Acl"), NetworkAcl.class);

    assertEquals(List.of(AclRule.tcp(100, new PortRange(1024, 65535), dev.netwright.model.Cidr.ANYWHERE, AclAction.ALLOW)), acl.inbound());
    assertEquals(List.of(new AclRule(100, Protocol.TCP, PortRange.single(443), -1, dev.netwright.model.Cidr.ANYWHERE, AclAction.ALLOW)),
        acl.outbound());
    assertEquals(List.of(ElementId.of("App")), acl.subnetIds());
    assertFalse(acl.isDefault());
    assertEquals("AWS::EC2::NetworkAclEntry", topology.require(ElementId.of("AclV6"), OpaqueResource.class).resourceType());
  }

  @Test
  void anInstanceWhoseImageIsAParameter_becomesAWorkload_butOneWithMoreStaysOpaque() {
    Topology topology = TemplateImporter.parse(TEMPLATE, "t.yaml", null).document().topology();

    Workload web = topology.require(ElementId.of("Web"), Workload.class);
    assertEquals(WorkloadType.EC2_INSTANCE, web.type());
    assertEquals("10.0.1.10", web.privateIp().toString());
    assertEquals(List.of(ElementId.of("WebSg")), web.securityGroupIds());
    assertEquals(WorkloadType.NETWORK_INTERFACE, topology.require(ElementId.of("Eni"), Workload.class).type());
    assertEquals("AWS::EC2::Instance", topology.require(ElementId.of("Worker"), OpaqueResource.class).resourceType());
  }

  @Test
  void anExportedInstance_takesItsImageIdFromAParameter_neverAMadeUpOne() {
    Document imported = TemplateImporter.parse(TEMPLATE, "t.yaml", null).document();
    String yaml = TemplateExporter.export(imported, TemplateFormat.YAML);

    assertTrue(yaml.contains("  WebImageId:\n    Type: AWS::EC2::Image::Id\n"), yaml);
    assertTrue(yaml.contains("ImageId: !Ref WebImageId"), yaml);
    assertFalse(yaml.contains("ami-") && !yaml.contains("ami-0abc"), "no image id other than the opaque worker's own");
  }
}
