package dev.netwright.app.aws.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local EC2 endpoint on loopback that speaks the EC2 Query API the way the AWS SDK sends it:
 * form-encoded {@code Action} and parameters in, XML in the EC2 namespace out, errors as
 * {@code <Response><Errors>…} with HTTP 400. It keeps an account's state in {@link #state()}, counts
 * calls, and injects a {@link Fault} at any call index.
 */
public final class FakeEc2 implements AutoCloseable {
  static final String NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "fake-ec2");
    thread.setDaemon(true);
    return thread;
  });
  private final Map<String, FakeEc2State> states = new ConcurrentHashMap<>();
  private final Map<String, FakeEc2Actions> actions = new ConcurrentHashMap<>();
  private final FakeSts sts = new FakeSts();
  /** Route 53 of each account (a global service: one per account, not per region). */
  private final Map<String, FakeRoute53> route53s = new ConcurrentHashMap<>();
  /** The regions every account has enabled; a call to any other region is answered as AWS answers an unknown one. */
  private final List<String> enabledRegions = new java.util.concurrent.CopyOnWriteArrayList<>(
      List.of("us-east-1", "us-west-2", "eu-west-1"));
  private final java.util.Set<String> denied = ConcurrentHashMap.newKeySet();
  private final List<String> calls = new ArrayList<>();
  private final Map<Integer, Fault> faults = new ConcurrentHashMap<>();
  /** Released on close, so that held-back (slow) responses end with the test. */
  private final CountDownLatch closing = new CountDownLatch(1);

  static {
    // without it, the JDK server's separate header and body writes meet delayed ACKs: ~40 ms per call
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  public FakeEc2() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException("cannot open a loopback port", e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The account's us-east-1. */
  public FakeEc2State state() {
    return state("us-east-1");
  }

  /** The account in one region: each region has its own resources, told by the request's signature. */
  public FakeEc2State state(String region) {
    return state(FakeEc2State.ACCOUNT, region);
  }

  /** Another account in one region: requests signed with the keys of an assumed role of that account reach it. */
  public FakeEc2State state(String account, String region) {
    FakeEc2State state = states.computeIfAbsent(account + "/" + region, key -> new FakeEc2State(account, region));
    state.regions = other -> state(account, other);
    return state;
  }

  /** Route 53 of the default account. */
  public FakeRoute53 route53() {
    return route53(FakeEc2State.ACCOUNT);
  }

  /** Route 53 of an account; a VPC it is told about must exist in that account's region. */
  public FakeRoute53 route53(String account) {
    return route53s.computeIfAbsent(account, key -> new FakeRoute53(key, (region, vpc) -> {
      FakeEc2State regional = states.get(key + "/" + region);
      if (regional == null) {
        return false;
      }
      synchronized (regional) {
        return regional.vpcs.containsKey(vpc);
      }
    }));
  }

  /** The id of the account the test credentials (and any key the fake did not hand out) belong to. */
  public static String defaultAccount() {
    return FakeEc2State.ACCOUNT;
  }

  /** Lets the default account assume {@code roleArn}, whose account becomes reachable through it. */
  public FakeEc2 role(String roleArn) {
    sts.allow(roleArn);
    return this;
  }

  /** The regions every account has enabled (DescribeRegions lists them; others are unknown). */
  public FakeEc2 enabledRegions(List<String> regions) {
    enabledRegions.clear();
    enabledRegions.addAll(regions);
    return this;
  }

  /** A peering connection between VPCs of two accounts or regions, listed in both, as AWS lists it. */
  public String peering(FakeEc2State requesterState, String requesterVpc, FakeEc2State accepterState, String accepterVpc) {
    FakeResources.Peering peering = new FakeResources.Peering(requesterState.newId("pcx"), Map.of(), requesterState.side(requesterVpc),
        accepterState.side(accepterVpc));
    peering.status = "active";
    synchronized (requesterState) {
      requesterState.peerings.put(peering.id, peering);
    }
    synchronized (accepterState) {
      accepterState.peerings.put(peering.id, peering);
    }
    return peering.id;
  }

  private FakeEc2Actions actions(String account, String region) {
    return actions.computeIfAbsent(account + "/" + region, key -> {
      FakeEc2Actions regional = new FakeEc2Actions(state(account, region));
      regional.denied.addAll(denied);
      return regional;
    });
  }

  /** The fault to inject at call number {@code index} (counting from 1, retries included). */
  public FakeEc2 failAt(int index, Fault fault) {
    faults.put(index, fault);
    return this;
  }

  /** Answers every later call of this action with {@code UnauthorizedOperation}. */
  public FakeEc2 deny(String action) {
    denied.add(action);
    actions.values().forEach(regional -> regional.denied.add(action));
    return this;
  }

  /** How many describes a new NAT gateway or endpoint stays pending for. */
  public FakeEc2 pendingFor(int describes) {
    state().pendingDescribes = describes;
    return this;
  }

  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  public synchronized int callCount() {
    return calls.size();
  }

  /** An empty account again, with no calls counted and no faults waiting: lets one fake serve many runs. */
  public synchronized void reset() {
    states.values().forEach(FakeEc2State::clear);
    route53s.values().forEach(FakeRoute53::clear);
    resetCalls();
  }

  public synchronized void resetCalls() {
    calls.clear();
    faults.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (exchange.getRequestURI().getPath().startsWith("/2013-04-01/")) {
      handleRoute53(exchange, body);
      return;
    }
    QueryParams params = QueryParams.parse(body);
    String action = params.get("Action") == null ? "" : params.get("Action");
    int index = count(action);
    Fault fault = faults.get(index);
    try {
      if (fault != null && (fault.kind() == Fault.Kind.ERROR || fault.kind() == Fault.Kind.THROTTLE)) {
        throw new FakeEc2Error(fault.code(), "Injected fault at call " + index, fault.kind() == Fault.Kind.THROTTLE ? 503 : 400);
      }
      Signature signature = Signature.of(exchange);
      if (signature.service().equals("sts")) {
        send(exchange, 200, sts.answer(action, params, signature.accessKey()));
        return;
      }
      if (!enabledRegions.contains(signature.region())) {
        // as AWS answers a region that does not exist or is not enabled for the account: no error code to go by
        send(exchange, 401, "");
        return;
      }
      String account = sts.accountOf(signature.accessKey());
      String inner = action.equals("DescribeRegions") ? regions()
          : actions(account, signature.region()).answer(action, params);
      if (fault != null && fault.kind() == Fault.Kind.DROP) {
        exchange.close();
        return;
      }
      if (fault != null && fault.kind() == Fault.Kind.SLOW) {
        awaitClose();
      }
      send(exchange, 200, "<" + action + "Response xmlns=\"" + NAMESPACE + "\"><requestId>" + UUID.randomUUID() + "</requestId>"
          + inner + "</" + action + "Response>");
    } catch (FakeSts.StsError error) {
      send(exchange, error.status(), error.xml());
    } catch (FakeEc2Error error) {
      send(exchange, error.status(), new Xml().open("Response").open("Errors").open("Error").leaf("Code", error.code())
          .leaf("Message", error.getMessage()).close("Error").close("Errors").leaf("RequestID", UUID.randomUUID()).close("Response")
          .toString());
    } catch (RuntimeException unexpected) {
      send(exchange, 500, "<Response><Errors><Error><Code>InternalError</Code><Message>" + unexpected
          + "</Message></Error></Errors><RequestID>x</RequestID></Response>");
    }
  }

  /** Counts a call; its number, from 1, is what faults are injected at. */
  private synchronized int count(String action) {
    calls.add(action);
    return calls.size();
  }

  /** A Route 53 call (REST-XML), counted and faulted as the EC2 calls are. */
  private void handleRoute53(HttpExchange exchange, String body) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String action = FakeRoute53.action(method, path);
    int index = count(action);
    Fault fault = faults.get(index);
    try {
      if (denied.contains(action)) {
        throw FakeRoute53.error(403, "AccessDenied", "User: arn:aws:iam::" + FakeEc2State.ACCOUNT + ":user/test is not authorized to"
            + " perform: route53:" + action);
      }
      if (fault != null && fault.kind() == Fault.Kind.ERROR) {
        throw FakeRoute53.error(400, fault.code(), "Injected fault at call " + index);
      }
      if (fault != null && fault.kind() == Fault.Kind.THROTTLE) {
        throw FakeRoute53.error(400, "Throttling", "Rate exceeded (injected at call " + index + ")");
      }
      FakeRoute53.Answer answer = route53(sts.accountOf(Signature.of(exchange).accessKey()))
          .answer(method, path, exchange.getRequestURI().getRawQuery(), body);
      if (fault != null && fault.kind() == Fault.Kind.DROP) {
        exchange.close();
        return;
      }
      if (fault != null && fault.kind() == Fault.Kind.SLOW) {
        awaitClose();
      }
      send(exchange, answer.status(), answer.xml());
    } catch (FakeSts.StsError error) {
      send(exchange, error.status(), error.xml());
    } catch (RuntimeException unexpected) {
      send(exchange, 500, FakeRoute53.error(500, "InternalError", String.valueOf(unexpected)).xml());
    }
  }

  private String regions() {
    return new Xml().set("regionInfo", enabledRegions, (item, region) -> item.leaf("regionName", region)
        .leaf("regionEndpoint", "ec2." + region + ".amazonaws.com").leaf("optInStatus", "opt-in-not-required")).toString();
  }

  /** Who signed a request and for what: the credential scope of SigV4, {@code Credential=KEY/DATE/REGION/SERVICE/aws4_request}. */
  private record Signature(String accessKey, String region, String service) {
    private static final java.util.regex.Pattern SCOPE = java.util.regex.Pattern.compile("Credential=([^/]+)/\\d+/([^/]+)/([^/]+)/");

    static Signature of(HttpExchange exchange) {
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      if (authorization != null) {
        java.util.regex.Matcher scope = SCOPE.matcher(authorization);
        if (scope.find()) {
          return new Signature(scope.group(1), scope.group(2), scope.group(3));
        }
      }
      return new Signature("", "us-east-1", "ec2");
    }
  }

  private void awaitClose() {
    try {
      closing.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, String xml) throws IOException {
    byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=UTF-8");
    try {
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException clientGone) {
      exchange.close();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
