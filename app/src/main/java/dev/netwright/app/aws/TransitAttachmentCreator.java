package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.CustomerGateway;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.GatewayType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * Makes and deletes the VPN and peering attachments of transit gateways.
 *
 * <p>A VPN attachment exists only through a site-to-site VPN connection: apply makes (or reuses,
 * when one with the same address and ASN is there) the customer gateway of the design, the VPN
 * connection to the transit gateway (static routes only when the attachment propagates into none
 * of its gateway's route tables), waits for AWS to make the attachment, and tags it as the design's.
 * Deleting it deletes the VPN connection, and the customer gateway when this design made it and no
 * other connection uses it.
 *
 * <p>A peering attachment is requested from its transit gateway to the peer's, in the peer's
 * region; when the peer is the design's own (made by this run or running in this account) apply
 * accepts it on that side, else it stays pending until the peer's owner accepts it.
 */
final class TransitAttachmentCreator {
  private final ApplyContext context;
  private final Cancellation cancellation;

  TransitAttachmentCreator(ApplyContext context, Cancellation cancellation) {
    this.context = context;
    this.cancellation = cancellation;
  }

  /** True for the kinds this class makes. */
  static boolean makes(Element element) {
    return element instanceof TransitGatewayVpnAttachment || element instanceof TransitGatewayPeeringAttachment;
  }

  Element create(Element element, Map<String, String> tags) {
    if (element instanceof TransitGatewayVpnAttachment vpn) {
      return vpn(vpn, tags);
    }
    return peering((TransitGatewayPeeringAttachment) element, tags);
  }

  private Element vpn(TransitGatewayVpnAttachment vpn, Map<String, String> tags) {
    CustomerGateway device = vpn.customerGateway();
    if (device == null) {
      throw new NetwrightException(noDevice(vpn));
    }
    Ec2Client ec2 = context.ec2();
    String customer = customerGateway(ec2, vpn, device, tags);
    String gateway = context.aws(vpn.transitGatewayId());
    boolean statics = context.design != null && vpn.staticRoutesOnly(context.design);
    String token = context.token("vpn " + vpn.id());
    String connection = IdempotentCreate.run(context, token,
        () -> context.ec2SingleAttempt().createVpnConnection(r -> r.type("ipsec.1").customerGatewayId(customer).transitGatewayId(gateway)
            .options(o -> o.staticRoutesOnly(statics))
            .tagSpecifications(Ec2Shapes.tagging(ResourceType.VPN_CONNECTION, withToken(tags, token))))
            .vpnConnection().vpnConnectionId(),
        t -> ec2.describeVpnConnections(r -> r.filters(IdempotentCreate.byToken(t))).vpnConnections().stream()
            .filter(c -> !Ec2Shapes.gone(c.stateAsString())).map(c -> c.vpnConnectionId()).findFirst());
    context.undo.push("created the VPN connection " + connection + " of " + vpn.id(), "delete " + connection, () -> {
      ec2.deleteVpnConnection(r -> r.vpnConnectionId(connection));
      Waiter.until("VPN connection " + connection, "deleted", () -> connectionState(ec2, connection), context.tuning(), new Cancellation());
    });
    Waiter.until("the transit gateway attachment of VPN connection " + connection, "available",
        () -> vpnAttachment(ec2, connection).map(a -> a.stateAsString()).orElse("pending"), context.tuning(), cancellation);
    String attachment = vpnAttachment(ec2, connection).orElseThrow().transitGatewayAttachmentId();
    // AWS makes the attachment untagged: tag it as the design's, so that a later plan knows it
    List<Tag> awsTags = tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    ec2.createTags(r -> r.resources(attachment).tags(awsTags));
    return new TransitGatewayVpnAttachment(ElementId.of(attachment), vpn.name(), ElementId.of(gateway), vpn.onPremisesCidrs(), device);
  }

  /** The customer gateway with the device's address and ASN: one that is there, else a new one (DryRun checked first). */
  private String customerGateway(Ec2Client ec2, TransitGatewayVpnAttachment vpn, CustomerGateway device, Map<String, String> tags) {
    Optional<String> existing = existingCustomerGateway(ec2, device);
    if (existing.isPresent()) {
      return existing.get();
    }
    String id = ec2.createCustomerGateway(r -> asn(r.type(GatewayType.IPSEC_1).ipAddress(device.ipAddress()), device)
        .tagSpecifications(Ec2Shapes.tagging(ResourceType.CUSTOMER_GATEWAY, tags))).customerGateway().customerGatewayId();
    context.undo.push("created customer gateway " + id + " (" + device + ") for " + vpn.id(), "delete " + id,
        () -> ec2.deleteCustomerGateway(r -> r.customerGatewayId(id)));
    return id;
  }

  /** EC2 takes an ASN up to 2,147,483,647 as BgpAsn and a larger one only as BgpAsnExtended, never both. */
  private static software.amazon.awssdk.services.ec2.model.CreateCustomerGatewayRequest.Builder asn(
      software.amazon.awssdk.services.ec2.model.CreateCustomerGatewayRequest.Builder request, CustomerGateway device) {
    return device.bgpAsn() <= Integer.MAX_VALUE ? request.bgpAsn((int) device.bgpAsn()) : request.bgpAsnExtended(device.bgpAsn());
  }

  static Optional<String> existingCustomerGateway(Ec2Client ec2, CustomerGateway device) {
    return ec2.describeCustomerGateways(r -> r.filters(Filter.builder().name("ip-address").values(device.ipAddress()).build(),
        Filter.builder().name("bgp-asn").values(Long.toString(device.bgpAsn())).build())).customerGateways().stream()
        .filter(c -> !Ec2Shapes.gone(c.state())).map(c -> c.customerGatewayId()).findFirst();
  }

  private Element peering(TransitGatewayPeeringAttachment peering, Map<String, String> tags) {
    Ec2Client ec2 = context.ec2();
    String gateway = context.aws(peering.transitGatewayId());
    String peer = context.aws(peering.peerTransitGatewayId());
    String peerRegion = peerRegion(peering).map(region -> region.name()).orElse(context.region().name());
    String token = context.token("tgw-peering " + peering.id());
    String id = IdempotentCreate.run(context, token,
        () -> context.ec2SingleAttempt().createTransitGatewayPeeringAttachment(r -> r.transitGatewayId(gateway).peerTransitGatewayId(peer)
            .peerRegion(peerRegion).tagSpecifications(Ec2Shapes.tagging(ResourceType.TRANSIT_GATEWAY_ATTACHMENT, withToken(tags, token))))
            .transitGatewayPeeringAttachment().transitGatewayAttachmentId(),
        t -> ec2.describeTransitGatewayPeeringAttachments(r -> r.filters(IdempotentCreate.byToken(t))).transitGatewayPeeringAttachments()
            .stream().filter(a -> !Ec2Shapes.gone(a.stateAsString())).map(a -> a.transitGatewayAttachmentId()).findFirst());
    context.undo.push("requested the transit gateway peering " + id + " of " + peering.id(), "delete " + id, () -> {
      ec2.deleteTransitGatewayPeeringAttachment(r -> r.transitGatewayAttachmentId(id));
      Waiter.until("transit gateway peering " + id, "deleted", () -> peeringState(ec2, id), context.tuning(), new Cancellation());
    });
    Waiter.until("transit gateway peering " + id, "pendingacceptance", () -> peeringState(ec2, id), context.tuning(), cancellation);
    if (ours(peering.peerTransitGatewayId())) {
      Ec2Client accepter = context.ec2(dev.netwright.model.Region.of(peerRegion));
      accepter.acceptTransitGatewayPeeringAttachment(r -> r.transitGatewayAttachmentId(id));
      Waiter.until("transit gateway peering " + id, "available", () -> peeringState(ec2, id), context.tuning(), cancellation);
    }
    return new TransitGatewayPeeringAttachment(ElementId.of(id), peering.name(), ElementId.of(gateway), ElementId.of(peer));
  }

  /** True when the peer gateway is this design's: made by this run, or running with this design's tag. */
  private boolean ours(ElementId peer) {
    return context.made.containsKey(peer)
        || context.ids.containsKey(peer) && context.designKey.equals(context.live.tagsOf(context.resolve(peer)).get(NetwrightTags.DESIGN));
  }

  /**
   * True for a transit gateway the design knows only by its AWS id (the peer of a peering, read
   * from a template or another account) that does not run where the plan looked: apply never makes
   * it, and a peering to it waits for its owner's acceptance.
   */
  static boolean external(Element element, boolean running) {
    return element instanceof TransitGateway && element.id().value().startsWith("tgw-") && !running;
  }

  private java.util.Optional<dev.netwright.model.Region> peerRegion(TransitGatewayPeeringAttachment peering) {
    return context.design == null ? Optional.empty()
        : context.design.find(peering.peerTransitGatewayId(), TransitGateway.class).map(TransitGateway::region);
  }

  /**
   * Refuses what AWS cannot change in a running VPN or peering attachment (both with AWS ids): its
   * transit gateways, and a VPN's customer gateway. A VPN's on-premises networks are what its
   * device advertises (or the route tables' static routes say): nothing to change on the attachment.
   */
  static void check(Element desired, Element running) {
    if (desired instanceof TransitGatewayVpnAttachment vpn && running instanceof TransitGatewayVpnAttachment now) {
      same(vpn.transitGatewayId(), now.transitGatewayId(), "transit gateway");
      if (vpn.customerGateway() != null && now.customerGateway() != null) {
        same(vpn.customerGateway(), now.customerGateway(), "customer gateway");
      }
    } else if (desired instanceof TransitGatewayPeeringAttachment peering && running instanceof TransitGatewayPeeringAttachment now) {
      same(peering.transitGatewayId(), now.transitGatewayId(), "transit gateway");
      same(peering.peerTransitGatewayId(), now.peerTransitGatewayId(), "peer transit gateway");
    }
  }

  private static void same(Object wanted, Object running, String what) {
    if (!wanted.equals(running)) {
      throw new NetwrightException("its " + what + " is " + running + " in AWS but " + wanted + " in the design; AWS cannot change"
          + " that in place, so give the new one its own element (a new id) and remove the old one");
    }
  }

  /** Deletes a running VPN or peering attachment, waiting until AWS has. */
  static void delete(ApplyContext context, Element live, Cancellation cancellation) {
    Ec2Client ec2 = context.ec2();
    String id = live.id().value();
    if (live instanceof TransitGatewayPeeringAttachment) {
      ec2.deleteTransitGatewayPeeringAttachment(r -> r.transitGatewayAttachmentId(id));
      Waiter.until("transit gateway peering " + id, "deleted", () -> peeringState(ec2, id), context.tuning(), cancellation);
      return;
    }
    Optional<String> connection = connectionOf(ec2, id);
    if (connection.isEmpty()) {
      return;
    }
    String customer = ec2.describeVpnConnections(r -> r.vpnConnectionIds(connection.get())).vpnConnections().stream()
        .map(c -> c.customerGatewayId()).findFirst().orElse(null);
    ec2.deleteVpnConnection(r -> r.vpnConnectionId(connection.get()));
    Waiter.until("VPN connection " + connection.get(), "deleted", () -> connectionState(ec2, connection.get()), context.tuning(),
        cancellation);
    if (customer != null && ownedAndUnused(ec2, context, customer)) {
      ec2.deleteCustomerGateway(r -> r.customerGatewayId(customer));
    }
  }

  /** A customer gateway this design made (its tag) that no VPN connection uses any more. */
  private static boolean ownedAndUnused(Ec2Client ec2, ApplyContext context, String customer) {
    boolean owned = ec2.describeCustomerGateways(r -> r.customerGatewayIds(customer)).customerGateways().stream()
        .flatMap(c -> c.tags().stream()).anyMatch(tag -> tag.key().equals(NetwrightTags.DESIGN) && tag.value().equals(context.designKey));
    boolean used = ec2.describeVpnConnections(r -> r.filters(Filter.builder().name("customer-gateway-id").values(customer).build()))
        .vpnConnections().stream().anyMatch(c -> !Ec2Shapes.gone(c.stateAsString()));
    return owned && !used;
  }

  /** The VPN connection behind a transit gateway VPN attachment. */
  static Optional<String> connectionOf(Ec2Client ec2, String attachment) {
    return ec2.describeTransitGatewayAttachments(r -> r.transitGatewayAttachmentIds(attachment)).transitGatewayAttachments().stream()
        .map(a -> a.resourceId()).filter(resource -> resource != null).findFirst();
  }

  private static Optional<software.amazon.awssdk.services.ec2.model.TransitGatewayAttachment> vpnAttachment(Ec2Client ec2,
      String connection) {
    return ec2.describeTransitGatewayAttachments(r -> r.filters(Filter.builder().name("resource-type").values("vpn").build(),
        Filter.builder().name("resource-id").values(connection).build())).transitGatewayAttachments().stream()
        .filter(a -> !Ec2Shapes.gone(a.stateAsString())).findFirst();
  }

  /** By filter, not by id: a connection already gone answers empty rather than NotFound. */
  static String connectionState(Ec2Client ec2, String connection) {
    return ec2.describeVpnConnections(r -> r.filters(Filter.builder().name("vpn-connection-id").values(connection).build()))
        .vpnConnections().stream().map(c -> c.stateAsString()).findFirst().orElse("deleted");
  }

  static String peeringState(Ec2Client ec2, String id) {
    return ec2.describeTransitGatewayPeeringAttachments(r -> r.transitGatewayAttachmentIds(id)).transitGatewayPeeringAttachments()
        .stream().map(a -> a.stateAsString()).findFirst().orElse("deleted");
  }

  /**
   * The reason apply cannot make a VPN attachment whose customer gateway the design does not know:
   * AWS needs the device's public address, and Netwright does not make one up.
   */
  static String noDevice(TransitGatewayVpnAttachment vpn) {
    return "VPN attachment " + vpn.id() + (vpn.name().isBlank() ? "" : " (" + vpn.name() + ")") + " has no customer gateway: AWS"
        + " needs the public IPv4 address (and BGP ASN) of the on-premises VPN device, which only you know; give it in the"
        + " Inspector (Customer gateway) or as customerGatewayIp in the design file";
  }

  /**
   * Refuses a plan that would make VPN attachments the design gives no customer gateway, naming each;
   * {@code runs} tells the design ids that already run (those are left as they are).
   */
  static void refuseUnknownDevices(Topology design, Predicate<ElementId> runs) {
    List<String> reasons = new ArrayList<>();
    for (Element element : design.elements()) {
      if (element instanceof TransitGatewayVpnAttachment vpn && vpn.customerGateway() == null && !runs.test(vpn.id())) {
        reasons.add(noDevice(vpn));
      }
    }
    if (!reasons.isEmpty()) {
      throw new NetwrightException(String.join("; ", reasons));
    }
  }

  /**
   * What a plan says of a new VPN or peering attachment ({@code detail} for the other kinds): a VPN's
   * device and routing; a peering's two sides, and whether apply accepts it or the peer's owner must.
   */
  static String detail(Element element, Topology design, Predicate<ElementId> ours, String detail) {
    if (element instanceof TransitGatewayVpnAttachment vpn) {
      return "to " + vpn.transitGatewayId() + " from customer gateway " + vpn.customerGateway() + ", "
          + (vpn.staticRoutesOnly(design) ? "static routes" : "BGP");
    }
    if (element instanceof TransitGatewayPeeringAttachment peering) {
      String region = design.find(peering.peerTransitGatewayId(), TransitGateway.class).map(g -> " (" + g.region().name() + ")")
          .orElse("");
      return peering.transitGatewayId() + " <-> " + peering.peerTransitGatewayId() + region + (ours.test(peering.peerTransitGatewayId())
          ? ", accepted on the peer's side by apply"
          : "; the owner of " + peering.peerTransitGatewayId() + " must accept it before traffic flows: apply requests it and leaves it"
              + " pending, and the paths are answered as designed");
    }
    return detail;
  }

  /** The dry calls for a create whose parameters are known before the run (see {@link PermissionCheck}). */
  static void dryCreate(Map<String, Runnable> calls, Ec2Client ec2, Element element, ApplyContext context, Predicate<ElementId> runs) {
    if (element instanceof TransitGatewayVpnAttachment vpn && vpn.customerGateway() != null) {
      CustomerGateway device = vpn.customerGateway();
      calls.putIfAbsent("CreateCustomerGateway", () -> ec2.createCustomerGateway(r -> asn(r.dryRun(true).type(GatewayType.IPSEC_1)
          .ipAddress(device.ipAddress()), device)));
    } else if (element instanceof TransitGatewayPeeringAttachment peering && runs.test(peering.transitGatewayId())
        && runs.test(peering.peerTransitGatewayId())) {
      calls.putIfAbsent("CreateTransitGatewayPeeringAttachment", () -> ec2.createTransitGatewayPeeringAttachment(r -> r.dryRun(true)
          .transitGatewayId(context.aws(peering.transitGatewayId())).peerTransitGatewayId(context.aws(peering.peerTransitGatewayId()))));
    }
  }

  /** The dry calls for deleting a running VPN or peering attachment. */
  static void dryDelete(Map<String, Runnable> calls, Ec2Client ec2, Element live) {
    String id = live.id().value();
    if (live instanceof TransitGatewayPeeringAttachment) {
      calls.putIfAbsent("DeleteTransitGatewayPeeringAttachment", () -> ec2.deleteTransitGatewayPeeringAttachment(r -> r.dryRun(true)
          .transitGatewayAttachmentId(id)));
    } else if (live instanceof TransitGatewayVpnAttachment) {
      calls.putIfAbsent("DeleteVpnConnection", () -> connectionOf(ec2, id).ifPresent(connection -> ec2.deleteVpnConnection(r -> r
          .dryRun(true).vpnConnectionId(connection))));
    }
  }

  private static Map<String, String> withToken(Map<String, String> tags, String token) {
    Map<String, String> all = new LinkedHashMap<>(tags);
    all.put(IdempotentCreate.TOKEN_TAG, token);
    return all;
  }
}
