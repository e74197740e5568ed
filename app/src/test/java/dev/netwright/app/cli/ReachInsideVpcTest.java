package dev.netwright.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code reach} from and to workloads on samples/locked-down-acl.json: --port, --protocol, and the rule that blocks. */
class ReachInsideVpcTest {
  private static final String SAMPLE = Path.of(System.getProperty("netwright.samples", "../samples"))
      .resolve("locked-down-acl.json").toString();

  private record Run(int code, String out, String err) {
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = NetwrightCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aWorkload_reachesTheDatabase_onThePortAsked() throws Exception {
    Run run = run("reach", SAMPLE, "--from", "Web1", "--to", "OrdersDatabase", "--port", "5432", "--format", "json");

    assertEquals(0, run.code(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("workload", json.get("hops").get(0).get("kind").asText());
    assertEquals("network-acl", json.get("hops").get(3).get("kind").asText());
  }

  @Test
  void theSameWorkload_onAnotherPort_isStoppedByItsGroup_namedWithItsDirection() throws Exception {
    Run run = run("reach", SAMPLE, "--from", "Web1", "--to", "OrdersDatabase", "--port", "22", "--format", "json");

    assertEquals(1, run.code(), run.err());
    JsonNode blocked = new ObjectMapper().readTree(run.out()).get("blockedBy");
    assertEquals("WebSecurityGroup", blocked.get("id").asText());
    assertEquals("egress", blocked.get("rule").asText());
  }

  @Test
  void theAclsCatchAllRule_isNamedInText() {
    Run run = run("reach", SAMPLE, "--from", "ReportFunction", "--to", "OrdersDatabase", "--port", "22");

    assertEquals(1, run.code(), run.err());
    assertTrue(run.out().contains("blocked at LockedAcl: network ACL LockedAcl of AppSubnet has no outbound rule that allows TCP 22"
        + " to 10.0.20.20/32"), run.out());
  }

  @Test
  void aProtocolThatIsNotOne_isBadInput_namingTheOption() {
    Run run = run("reach", SAMPLE, "--from", "Web1", "--to", "OrdersDatabase", "--protocol", "gre");

    assertEquals(2, run.code());
    assertEquals("error: --protocol: 'gre' is not a protocol: use tcp, udp, icmp or -1 (all)", run.err().strip());
  }

  @Test
  void aPortOutOfRange_isBadInput_namingTheOption() {
    Run run = run("reach", SAMPLE, "--from", "Web1", "--to", "OrdersDatabase", "--port", "70000");

    assertEquals(2, run.code());
    assertEquals("error: --port: port 70000 is outside 0-65535", run.err().strip());
  }
}
