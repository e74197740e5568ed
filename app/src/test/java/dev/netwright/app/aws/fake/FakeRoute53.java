package dev.netwright.app.aws.fake;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Route 53 of one fake account, in its REST-XML shape under {@code /2013-04-01/}: private hosted
 * zones (hostedzone), the zones of a VPC (hostedzonesbyvpc), record sets (rrset), VPC associations
 * (associatevpc, disassociatevpc) and tags. Pages are as small as the request asks, or as
 * {@link #pageSize} when a test sets it; names come back as Route 53 writes them (trailing dot, a
 * wildcard's asterisk as {@code \052}); the errors are Route 53's (NoSuchHostedZone,
 * HostedZoneAlreadyExists, ConflictingDomainExists, LastVPCAssociation, HostedZoneNotEmpty,
 * InvalidChangeBatch, InvalidVPCId).
 */
public final class FakeRoute53 {
  static final String NAMESPACE = "https://route53.amazonaws.com/doc/2013-04-01/";
  private static final Pattern ZONE = Pattern.compile("/2013-04-01/hostedzone/([^/]+)(/(associatevpc|disassociatevpc|rrset)/?)?");
  private static final Pattern TAGS = Pattern.compile("/2013-04-01/tags/hostedzone/([^/]+)");
  private static final java.util.concurrent.atomic.AtomicLong NEXT_ID = new java.util.concurrent.atomic.AtomicLong(0x1000);

  private final String account;
  private final BiPredicate<String, String> vpcExists;
  final Map<String, Zone> zones = new LinkedHashMap<>();
  /** When above 0, no page holds more than this many items, whatever the request asks. */
  public volatile int pageSize;

  FakeRoute53(String account, BiPredicate<String, String> vpcExists) {
    this.account = account;
    this.vpcExists = vpcExists;
  }

  /** One private hosted zone. */
  static final class Zone {
    final String id;
    final String name;
    final String callerReference;
    final String comment;
    final List<String[]> vpcs = new ArrayList<>();
    final List<RecordSet> records = new ArrayList<>();
    final Map<String, String> tags = new LinkedHashMap<>();

    Zone(String id, String name, String callerReference, String comment) {
      this.id = id;
      this.name = name;
      this.callerReference = callerReference;
      this.comment = comment;
    }
  }

  /** A record set: an alias (zone and DNS name) or plain values with a TTL. */
  record RecordSet(String name, String type, String setIdentifier, Long ttl, List<String> values, String aliasZone, String aliasDns) {
    boolean sameAs(RecordSet other) {
      return name.equals(other.name) && type.equals(other.type) && Objects.equals(setIdentifier, other.setIdentifier);
    }

    void xml(Xml x) {
      x.open("ResourceRecordSet").leaf("Name", name).leaf("Type", type).leaf("SetIdentifier", setIdentifier);
      if (aliasDns != null) {
        x.element("AliasTarget", a -> a.leaf("HostedZoneId", aliasZone).leaf("DNSName", aliasDns).leaf("EvaluateTargetHealth", false));
      } else {
        x.leaf("TTL", ttl).element("ResourceRecords", r -> values.forEach(v -> r.element("ResourceRecord", rr -> rr.leaf("Value", v))));
      }
      x.close("ResourceRecordSet");
    }
  }

  /** A name as Route 53 writes it: lower case, a trailing dot, {@code \052} for the asterisk. */
  static String dnsName(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT).replace("*", "\\052");
    return lower.endsWith(".") ? lower : lower + ".";
  }

  // ---- what tests seed and look at ----

  /** A private zone as someone made it outside Netwright, associated with one VPC, with its SOA and NS records. */
  public synchronized String zone(String name, String vpcId, String region, Map<String, String> tags) {
    Zone zone = newZone(name, UUID.randomUUID().toString(), "");
    zone.vpcs.add(new String[] {region, vpcId});
    zone.tags.putAll(tags);
    return zone.id;
  }

  public synchronized void associate(String zoneId, String vpcId, String region) {
    zones.get(zoneId).vpcs.add(new String[] {region, vpcId});
  }

  /** An alias A record to a DNS name (an endpoint's). */
  public synchronized void alias(String zoneId, String name, String dnsName, String targetZone) {
    zones.get(zoneId).records.add(new RecordSet(dnsName(name), "A", null, null, List.of(), targetZone, dnsName(dnsName)));
  }

  /** A plain record (CNAME, TXT, A with addresses). */
  public synchronized void record(String zoneId, String name, String type, String value) {
    zones.get(zoneId).records.add(new RecordSet(dnsName(name), type, null, 300L, List.of(value), null, null));
  }

  public synchronized int count() {
    return zones.size();
  }

  /** Each zone's whole content (name, VPCs, records, tags), by id, for comparing the account before and after. */
  public synchronized Map<String, String> snapshot() {
    Map<String, String> result = new TreeMap<>();
    zones.values().forEach(zone -> {
      Xml x = new Xml().leaf("Name", zone.name);
      zone.vpcs.stream().map(v -> v[0] + "/" + v[1]).sorted().forEach(v -> x.leaf("VPC", v));
      sorted(zone.records).forEach(r -> r.xml(x));
      new TreeMap<>(zone.tags).forEach((k, v) -> x.leaf("Tag", k + "=" + v));
      result.put(zone.id, x.toString());
    });
    return result;
  }

  /** The alias records of a zone: name to the DNS name they point at. */
  public synchronized Map<String, String> aliases(String zoneId) {
    Map<String, String> result = new TreeMap<>();
    zones.get(zoneId).records.stream().filter(r -> r.aliasDns != null).forEach(r -> result.put(r.name, r.aliasDns));
    return result;
  }

  /** The VPC ids a zone is associated with. */
  public synchronized List<String> vpcs(String zoneId) {
    return zones.get(zoneId).vpcs.stream().map(v -> v[1]).sorted().toList();
  }

  synchronized void clear() {
    zones.clear();
    pageSize = 0;
  }

  // ---- the API ----

  /** The API's name of a call, for the fake's call list. */
  static String action(String method, String path) {
    Matcher zone = ZONE.matcher(path);
    if (path.equals("/2013-04-01/hostedzone")) {
      return method.equals("POST") ? "CreateHostedZone" : "ListHostedZones";
    }
    if (path.equals("/2013-04-01/hostedzonesbyvpc")) {
      return "ListHostedZonesByVPC";
    }
    if (TAGS.matcher(path).matches()) {
      return method.equals("POST") ? "ChangeTagsForResource" : "ListTagsForResource";
    }
    if (zone.matches()) {
      String sub = zone.group(3);
      if (sub == null) {
        return method.equals("DELETE") ? "DeleteHostedZone" : "GetHostedZone";
      }
      switch (sub) {
        case "associatevpc": return "AssociateVPCWithHostedZone";
        case "disassociatevpc": return "DisassociateVPCFromHostedZone";
        default: return method.equals("POST") ? "ChangeResourceRecordSets" : "ListResourceRecordSets";
      }
    }
    return method + " " + path;
  }

  /** The response to one call: its status and body. */
  record Answer(int status, String xml) {
  }

  synchronized Answer answer(String method, String path, String rawQuery, String body) {
    Map<String, String> query = query(rawQuery);
    String action = action(method, path);
    Element request = body.isBlank() ? null : parse(body);
    String inner;
    int status = 200;
    switch (action) {
      case "CreateHostedZone": inner = create(request); status = 201; break;
      case "ListHostedZones": inner = list(query); break;
      case "ListHostedZonesByVPC": inner = byVpc(query); break;
      case "GetHostedZone": {
        Zone zone = zone(path);
        inner = zoneXml(zone) + new Xml().element("VPCs", x -> zone.vpcs.forEach(v -> vpcXml(x, v)));
        break;
      }
      case "DeleteHostedZone": inner = delete(zone(path)); break;
      case "AssociateVPCWithHostedZone": inner = associate(zone(path), request); break;
      case "DisassociateVPCFromHostedZone": inner = disassociate(zone(path), request); break;
      case "ChangeResourceRecordSets": inner = change(zone(path), request); break;
      case "ListResourceRecordSets": inner = records(zone(path), query); break;
      case "ListTagsForResource": {
        Zone zone = zoneById(tagsTarget(path));
        inner = new Xml().element("ResourceTagSet", x -> x.leaf("ResourceType", "hostedzone").leaf("ResourceId", zone.id)
            .element("Tags", t -> zone.tags.forEach((k, v) -> t.element("Tag", tag -> tag.leaf("Key", k).leaf("Value", v))))).toString();
        break;
      }
      case "ChangeTagsForResource": {
        Zone zone = zoneById(tagsTarget(path));
        children(request, "AddTags").forEach(add -> children(add, "Tag").forEach(tag -> zone.tags.put(text(tag, "Key"),
            Objects.requireNonNullElse(text(tag, "Value"), ""))));
        children(request, "RemoveTagKeys").forEach(remove -> children(remove, "Key").forEach(key -> zone.tags.remove(key.getTextContent())));
        inner = "";
        break;
      }
      default:
        throw error(400, "InvalidAction", "no such call: " + action);
    }
    return new Answer(status, "<" + action + "Response xmlns=\"" + NAMESPACE + "\">" + inner + "</" + action + "Response>");
  }

  private String create(Element request) {
    String reference = text(request, "CallerReference");
    if (zones.values().stream().anyMatch(zone -> zone.callerReference.equals(reference))) {
      throw error(409, "HostedZoneAlreadyExists", "A hosted zone has already been created with the specified caller reference.");
    }
    Element vpc = child(request, "VPC");
    if (vpc == null) {
      throw error(400, "InvalidInput", "the fake makes only private hosted zones: give a VPC");
    }
    String[] association = {text(vpc, "VPCRegion"), text(vpc, "VPCId")};
    String name = dnsName(text(request, "Name"));
    checkVpc(association, name);
    Element config = child(request, "HostedZoneConfig");
    Zone zone = newZone(name, reference, config == null ? "" : Objects.requireNonNullElse(text(config, "Comment"), ""));
    zone.vpcs.add(association);
    return zoneXml(zone) + changeInfo() + new Xml().element("VPC", x -> x.leaf("VPCRegion", association[0]).leaf("VPCId", association[1]));
  }

  private Zone newZone(String name, String reference, String comment) {
    String id = "Z" + String.format("%013X", NEXT_ID.getAndIncrement());
    Zone zone = new Zone(id, dnsName(name), reference, comment);
    zone.records.add(new RecordSet(zone.name, "SOA", null, 900L, List.of("ns-1536.awsdns-00.co.uk. awsdns-hostmaster.amazon.com. 1 7200"
        + " 900 1209600 86400"), null, null));
    zone.records.add(new RecordSet(zone.name, "NS", null, 172800L, List.of("ns-1536.awsdns-00.co.uk."), null, null));
    zones.put(id, zone);
    return zone;
  }

  /** Refuses a VPC that does not exist, and one that already has a private zone of this name. */
  private void checkVpc(String[] association, String name) {
    if (!vpcExists.test(association[0], association[1])) {
      throw error(400, "InvalidVPCId", "The VPC " + association[1] + " in " + association[0] + " does not exist.");
    }
    boolean conflict = zones.values().stream().anyMatch(zone -> zone.name.equals(name)
        && zone.vpcs.stream().anyMatch(v -> v[1].equals(association[1])));
    if (conflict) {
      throw error(400, "ConflictingDomainExists", "The VPC " + association[1] + " is already associated with a private"
          + " hosted zone named " + name);
    }
  }

  private String list(Map<String, String> query) {
    List<Zone> all = new ArrayList<>(zones.values());
    int from = 0;
    String marker = query.get("marker");
    if (marker != null) {
      from = Math.max(0, indexOf(all, marker));
    }
    int size = size(query);
    List<Zone> page = all.subList(from, Math.min(all.size(), from + size));
    boolean truncated = from + size < all.size();
    Xml x = new Xml().element("HostedZones", z -> page.forEach(zone -> z.raw(zoneXml(zone))));
    x.leaf("Marker", marker == null ? "" : marker).leaf("IsTruncated", truncated).leaf("MaxItems", size);
    if (truncated) {
      x.leaf("NextMarker", all.get(from + size).id);
    }
    return x.toString();
  }

  private static int indexOf(List<Zone> zones, String id) {
    for (int i = 0; i < zones.size(); i++) {
      if (zones.get(i).id.equals(id)) {
        return i;
      }
    }
    return zones.size();
  }

  private String byVpc(Map<String, String> query) {
    String vpc = query.get("vpcid");
    String region = query.get("vpcregion");
    if (vpc == null || region == null) {
      throw error(400, "InvalidInput", "vpcid and vpcregion are required");
    }
    List<Zone> all = zones.values().stream().filter(zone -> zone.vpcs.stream().anyMatch(v -> v[1].equals(vpc) && v[0].equals(region)))
        .toList();
    int from = query.get("nexttoken") == null ? 0 : Integer.parseInt(query.get("nexttoken"));
    int size = size(query);
    List<Zone> page = all.subList(Math.min(from, all.size()), Math.min(all.size(), from + size));
    Xml x = new Xml().element("HostedZoneSummaries", s -> page.forEach(zone -> s.element("HostedZoneSummary", z -> z
        .leaf("HostedZoneId", zone.id).leaf("Name", zone.name).element("Owner", o -> o.leaf("OwningAccount", account)))));
    x.leaf("MaxItems", size);
    if (from + size < all.size()) {
      x.leaf("NextToken", String.valueOf(from + size));
    }
    return x.toString();
  }

  private String delete(Zone zone) {
    boolean holdsRecords = zone.records.stream().anyMatch(r -> !(r.name.equals(zone.name) && (r.type.equals("SOA") || r.type.equals("NS"))));
    if (holdsRecords) {
      throw error(400, "HostedZoneNotEmpty", "The specified hosted zone contains non-required resource record sets and so"
          + " cannot be deleted.");
    }
    zones.remove(zone.id);
    return changeInfo();
  }

  private String associate(Zone zone, Element request) {
    Element vpc = child(request, "VPC");
    String[] association = {text(vpc, "VPCRegion"), text(vpc, "VPCId")};
    checkVpc(association, zone.name);
    zone.vpcs.add(association);
    return changeInfo();
  }

  private String disassociate(Zone zone, Element request) {
    Element vpc = child(request, "VPC");
    String id = text(vpc, "VPCId");
    if (zone.vpcs.stream().noneMatch(v -> v[1].equals(id))) {
      throw error(404, "VPCAssociationNotFound", "The specified VPC " + id + " is not associated with the hosted zone.");
    }
    if (zone.vpcs.size() == 1) {
      throw error(400, "LastVPCAssociation", "The VPC that you're trying to disassociate from the private hosted zone is the"
          + " last VPC that is associated with the hosted zone.");
    }
    zone.vpcs.removeIf(v -> v[1].equals(id));
    return changeInfo();
  }

  /** A batch of changes, all or nothing. */
  private String change(Zone zone, Element request) {
    List<RecordSet> after = new ArrayList<>(zone.records);
    Element batch = child(request, "ChangeBatch");
    for (Element changes : children(batch, "Changes")) {
      for (Element change : children(changes, "Change")) {
        String action = text(change, "Action");
        RecordSet set = recordSet(child(change, "ResourceRecordSet"));
        if (!set.name.equals(zone.name) && !set.name.endsWith("." + zone.name)) {
          throw error(400, "InvalidChangeBatch", "RRSet with DNS name " + set.name + " is not permitted in zone " + zone.name);
        }
        RecordSet existing = after.stream().filter(set::sameAs).findFirst().orElse(null);
        switch (action) {
          case "CREATE":
            if (existing != null) {
              throw error(400, "InvalidChangeBatch", "Tried to create resource record set [name='" + set.name + "', type='"
                  + set.type + "'] but it already exists");
            }
            after.add(set);
            break;
          case "DELETE":
            if (existing == null || !existing.equals(set)) {
              throw error(400, "InvalidChangeBatch", "Tried to delete resource record set [name='" + set.name + "', type='"
                  + set.type + "'] but " + (existing == null ? "it was not found" : "the values provided do not match the current values"));
            }
            after.remove(existing);
            break;
          case "UPSERT":
            if (existing != null) {
              after.set(after.indexOf(existing), set);
            } else {
              after.add(set);
            }
            break;
          default:
            throw error(400, "InvalidInput", "no such action " + action);
        }
      }
    }
    zone.records.clear();
    zone.records.addAll(after);
    return changeInfo();
  }

  private static RecordSet recordSet(Element element) {
    String ttl = text(element, "TTL");
    List<String> values = new ArrayList<>();
    children(element, "ResourceRecords").forEach(records -> children(records, "ResourceRecord").forEach(r -> values.add(text(r, "Value"))));
    Element alias = child(element, "AliasTarget");
    return new RecordSet(dnsName(text(element, "Name")), text(element, "Type"), text(element, "SetIdentifier"),
        ttl == null ? null : Long.valueOf(ttl), List.copyOf(values), alias == null ? null : text(alias, "HostedZoneId"),
        alias == null ? null : dnsName(text(alias, "DNSName")));
  }

  /** The zone's records in Route 53's order (by name with its labels reversed, then type), from the start the query names. */
  private String records(Zone zone, Map<String, String> query) {
    List<RecordSet> all = sorted(zone.records);
    int from = 0;
    if (query.get("name") != null) {
      String startKey = key(dnsName(query.get("name")));
      String startType = query.getOrDefault("type", "");
      while (from < all.size() && (key(all.get(from).name).compareTo(startKey) < 0
          || key(all.get(from).name).equals(startKey) && all.get(from).type.compareTo(startType) < 0)) {
        from++;
      }
    }
    int size = size(query);
    List<RecordSet> page = all.subList(from, Math.min(all.size(), from + size));
    boolean truncated = from + size < all.size();
    Xml x = new Xml().element("ResourceRecordSets", r -> page.forEach(set -> set.xml(r)));
    x.leaf("IsTruncated", truncated).leaf("MaxItems", size);
    if (truncated) {
      RecordSet next = all.get(from + size);
      x.leaf("NextRecordName", next.name).leaf("NextRecordType", next.type).leaf("NextRecordIdentifier", next.setIdentifier);
    }
    return x.toString();
  }

  private static List<RecordSet> sorted(List<RecordSet> records) {
    return records.stream().sorted(Comparator.comparing((RecordSet r) -> key(r.name)).thenComparing(RecordSet::type)).toList();
  }

  private static String key(String name) {
    List<String> labels = new ArrayList<>(List.of(name.split("\\.")));
    java.util.Collections.reverse(labels);
    return String.join(".", labels);
  }

  private int size(Map<String, String> query) {
    int asked = query.get("maxitems") == null ? 100 : Integer.parseInt(query.get("maxitems"));
    return pageSize > 0 ? Math.min(pageSize, asked) : asked;
  }

  private Zone zone(String path) {
    Matcher matcher = ZONE.matcher(path);
    if (!matcher.matches()) {
      throw error(400, "InvalidInput", "bad path " + path);
    }
    return zoneById(matcher.group(1));
  }

  private static String tagsTarget(String path) {
    Matcher matcher = TAGS.matcher(path);
    return matcher.matches() ? matcher.group(1) : "";
  }

  private Zone zoneById(String id) {
    Zone zone = zones.get(id.replace("/hostedzone/", ""));
    if (zone == null) {
      throw error(404, "NoSuchHostedZone", "No hosted zone found with ID: " + id);
    }
    return zone;
  }

  private static String zoneXml(Zone zone) {
    return new Xml().element("HostedZone", x -> x.leaf("Id", "/hostedzone/" + zone.id).leaf("Name", zone.name)
        .leaf("CallerReference", zone.callerReference)
        .element("Config", c -> c.leaf("Comment", zone.comment.isEmpty() ? null : zone.comment).leaf("PrivateZone", true))
        .leaf("ResourceRecordSetCount", zone.records.size())).toString();
  }

  private static void vpcXml(Xml x, String[] vpc) {
    x.element("VPC", v -> v.leaf("VPCRegion", vpc[0]).leaf("VPCId", vpc[1]));
  }

  private static String changeInfo() {
    return new Xml().element("ChangeInfo", c -> c.leaf("Id", "/change/C" + String.format("%012X", NEXT_ID.getAndIncrement()))
        .leaf("Status", "INSYNC").leaf("SubmittedAt", "2026-01-01T00:00:00.000Z")).toString();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    if (raw == null) {
      return values;
    }
    for (String pair : raw.split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static Element parse(String body) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    } catch (Exception e) {
      throw error(400, "InvalidInput", "not XML: " + e.getMessage());
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    if (parent == null) {
      return result;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        result.add(element);
      }
    }
    return result;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static String text(Element parent, String name) {
    Element found = child(parent, name);
    return found == null ? null : found.getTextContent().trim();
  }

  /** A Route 53 error, written as Route 53 writes it. */
  static FakeSts.StsError error(int status, String code, String message) {
    return new FakeSts.StsError(NAMESPACE, status, code, message);
  }
}
