package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The state of one apply run: the session, the undo log, the AWS ids of what was matched or made so
 * far, the design's tag value, and the run's id, from which the idempotency tokens (ClientToken) of
 * its create calls are derived so that the SDK's retries of a call never make a second resource.
 */
final class ApplyContext {
  private final AwsSession session;
  private final Region defaultRegion;
  final UndoLog undo = new UndoLog();
  final Map<ElementId, ElementId> ids = new ConcurrentHashMap<>();
  /** What this run made for each design id, as it stands after the create (AWS ids). */
  final Map<ElementId, dev.netwright.model.topology.Element> made = new ConcurrentHashMap<>();
  final String designKey;
  /** The design being applied (for what one element's create reads of the others), null until the applier sets it. */
  dev.netwright.model.topology.Topology design;
  final LiveAccount live;
  private final String runId = UUID.randomUUID().toString();
  private Region region;
  private AccountAccess account;

  ApplyContext(AwsSession session, Region defaultRegion, String designKey, LiveAccount live, Map<ElementId, ElementId> matched) {
    this.session = session;
    this.defaultRegion = defaultRegion;
    this.designKey = designKey;
    this.live = live;
    this.ids.putAll(matched);
    this.region = defaultRegion;
    this.account = session.accounts().get(0);
  }

  /** Calls that follow go to this region. */
  void useRegion(Region next) {
    region = next == null ? defaultRegion : next;
  }

  /** Calls that follow go to the account with this id (the only one when the session has one). */
  void useAccount(String accountId) {
    account = session.account(accountId);
  }

  Region region() {
    return region;
  }

  Ec2Client ec2() {
    return account.ec2(region);
  }

  Ec2Client ec2SingleAttempt() {
    return account.ec2SingleAttempt(region);
  }

  Ec2Client ec2(Region other) {
    return account.ec2(other);
  }

  /** The Route 53 client of the current account (Route 53 is global: no region). */
  software.amazon.awssdk.services.route53.Route53Client route53() {
    return account.route53();
  }

  software.amazon.awssdk.services.route53.Route53Client route53SingleAttempt() {
    return account.route53SingleAttempt();
  }

  AwsTuning tuning() {
    return session.tuning();
  }

  /** The AWS id of a design element, once matched or made. */
  ElementId resolve(ElementId design) {
    return ids.getOrDefault(design, design);
  }

  /** True when {@code awsOrDesignId} names a resource that runs: matched, made by this run, or read from the account. */
  boolean runs(ElementId awsOrDesignId) {
    return ids.containsValue(awsOrDesignId) || live.topology().contains(awsOrDesignId);
  }

  /** The design's id of a resource this run matched or made, else the id itself (for the words of a step). */
  ElementId designId(ElementId aws) {
    return ids.entrySet().stream().filter(entry -> entry.getValue().equals(aws)).map(Map.Entry::getKey).findFirst().orElse(aws);
  }

  String aws(ElementId design) {
    return resolve(design).value();
  }

  /** A ClientToken unique to this run and purpose (at most 64 ASCII characters, as EC2 requires). */
  String token(String purpose) {
    return UUID.nameUUIDFromBytes((runId + " " + purpose).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
  }
}
