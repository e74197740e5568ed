package dev.netwright.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile files, generated: the project's own samples and templates mutated (cut, repeated,
 * spliced with a hostile snippet, a character swapped for odd Unicode), and templates written to
 * hurt (alias bombs, nesting thousands deep, numbers past 2^63, chains, odd ports and CIDRs).
 */
final class HostileTexts {
  private static final List<String> SNIPPETS = List.of(
      "*a", "&a [*a]", "!Ref", "!GetAtt", "!Select [99999999999999999999, [a]]", "!Cidr [10.0.0.0/16, 4294967296, 8]",
      "!Join ['', [*a, *a, *a]]", "{", "}", "[", "]", "\"", "'", ": ", "- ", "\t", "\u0000", "\uFFFF", "\uFEFF", "\uD800",
      "१०.0.10.0/24", "１０.0.0.0/16", "010.0.10.0/24", "٤٤٣", "-1", "-7", "1e309", "9".repeat(400), "<<: *a",
      "!!binary AAAA", "%YAML 1.2\n---\n", "---\n", "...\n", "? [a]\n: b", "\"format\": \"netwright-design\"",
      "\"schemaVersion\": 99999999999", "${AWS::Region}", "!Sub '${Missing.CidrBlock}'", "Condition: Nope", "null", "~");
  private static final List<String> ODD_CHARACTERS = List.of("\u0000", "\u0007", "\u0085", "\u2028", "\uFEFF", "\uFFFE", "\uFFFF",
      "\uD83D\uDE80", "\uD800", "٣", "１", "\u00A0", "\r", "\t", "\\", "\"", "'", "&", "*", "!", "{", "[", "#", "%", "@", "`");

  private HostileTexts() {
  }

  /** Every kind of hostile text, mostly small enough that thousands run in seconds. */
  static Arbitrary<String> any() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, mutatedSeeds()),
        net.jqwik.api.Tuple.of(1, aliasBombs()),
        net.jqwik.api.Tuple.of(1, deepNesting()),
        net.jqwik.api.Tuple.of(2, hugeNumbers()),
        net.jqwik.api.Tuple.of(2, oddRules()),
        net.jqwik.api.Tuple.of(1, chains()),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(200)));
  }

  static List<String> seeds() {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> samples = Files.list(Path.of(System.getProperty("netwright.samples", "../samples")))) {
      for (Path sample : samples.filter(file -> file.toString().endsWith(".json")).sorted().toList()) {
        seeds.add(Files.readString(sample, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String name : List.of("/cfn/public-private-s3.yaml", "/cfn/interface-endpoint.json", "/cfn/route-to-route-table.yaml")) {
      try (InputStream in = HostileTexts.class.getResourceAsStream(name)) {
        seeds.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return seeds;
  }

  private static Arbitrary<String> mutatedSeeds() {
    List<String> seeds = seeds();
    Arbitrary<String> seed = Arbitraries.of(seeds);
    Arbitrary<Integer> mutations = Arbitraries.integers().between(1, 4);
    return Combinators.combine(seed, mutations, Arbitraries.randomValue(random -> random.nextLong()))
        .as((text, count, salt) -> mutate(text, count, new java.util.Random(salt)));
  }

  private static String mutate(String text, int count, java.util.Random random) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < count && out.length() > 0; i++) {
      int at = random.nextInt(out.length());
      int end = Math.min(out.length(), at + 1 + random.nextInt(40));
      switch (random.nextInt(5)) {
        case 0 -> out.delete(at, end);
        case 1 -> out.insert(at, out.substring(at, end).repeat(1 + random.nextInt(5)));
        case 2 -> out.insert(at, SNIPPETS.get(random.nextInt(SNIPPETS.size())));
        case 3 -> out.replace(at, at + 1, ODD_CHARACTERS.get(random.nextInt(ODD_CHARACTERS.size())));
        default -> out.setLength(at);
      }
    }
    return out.toString();
  }

  private static final String VPC = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n";

  private static Arbitrary<String> aliasBombs() {
    return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.integers().between(2, 9), Arbitraries.of(true, false))
        .as((levels, width, join) -> {
          StringBuilder text = new StringBuilder("Metadata:\n  a0: &a0 [lol]\n");
          for (int level = 1; level <= levels; level++) {
            String items = ("*a" + (level - 1) + ", ").repeat(width - 1) + "*a" + (level - 1);
            text.append("  a").append(level).append(": &a").append(level).append(join ? " !Join ['', [" + items + "]]\n" : " [" + items + "]\n");
          }
          return text.append(VPC).append("      Tags:\n        - Key: Name\n          Value: *a").append(levels).append('\n').toString();
        });
  }

  private static Arbitrary<String> deepNesting() {
    return Combinators.combine(Arbitraries.integers().between(1, 2000), Arbitraries.of("[", "{a: ", "!Join ['', ["), Arbitraries.of(true, false))
        .as((depth, open, json) -> {
          if (json) {
            return "{\"Resources\": {\"Vpc\": {\"Type\": \"AWS::EC2::VPC\", \"Properties\": {\"Tags\": " + "[".repeat(depth) + "]".repeat(depth)
                + "}}}}";
          }
          String close = open.equals("[") ? "]" : open.equals("{a: ") ? "}" : "]]";
          return VPC + "      Tags: " + open.repeat(depth) + "x" + close.repeat(depth) + "\n";
        });
  }

  private static Arbitrary<String> hugeNumbers() {
    Arbitrary<String> number = Arbitraries.of("2147483648", "4294967296", "9223372036854775808", "-9223372036854775809",
        "99999999999999999999999999", "1e400", "-0", "0x10", "0o17", "1_000", ".5", "-1");
    return Combinators.combine(number, Arbitraries.integers().between(0, 4)).as((n, where) -> switch (where) {
      case 0 -> VPC.replace("10.0.0.0/16", "!Select [" + n + ", [10.0.0.0/16]]");
      case 1 -> VPC.replace("10.0.0.0/16", "!Select [0, !Cidr [10.0.0.0/16, " + n + ", 8]]");
      case 2 -> VPC.replace("10.0.0.0/16", "!Select [0, !Cidr [10.0.0.0/16, 2, " + n + "]]");
      case 3 -> "{\"Resources\": {\"Vpc\": {\"Type\": \"AWS::EC2::VPC\", \"Properties\": {\"CidrBlock\": \"10.0.0.0/16\", \"X\": " + n + "}}}}";
      default -> groupWith("tcp", n, n);
    });
  }

  private static String groupWith(String protocol, String from, String to) {
    return VPC + "  Web:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n      VpcId: !Ref Vpc\n"
        + "      SecurityGroupIngress:\n        - IpProtocol: " + protocol + "\n          FromPort: " + from + "\n          ToPort: " + to
        + "\n          CidrIp: 0.0.0.0/0\n";
  }

  private static Arbitrary<String> oddRules() {
    Arbitrary<String> protocol = Arbitraries.of("tcp", "udp", "icmp", "'-1'", "6", "all", "ＴＣＰ", "");
    Arbitrary<String> port = Arbitraries.of("443", "-1", "-7", "'٤٤٣'", "'４４３'", "65536", "0", "'443 '", "\"\\uFFFF\"", "[1]");
    Arbitrary<String> cidr = Arbitraries.of("0.0.0.0/0", "१०.0.10.0/24", "010.0.10.0/24", "10.0.0.0/33", "10.0.0.0/-1", "'10.0.0.0/16 '");
    return Combinators.combine(protocol, port, port, cidr).as((p, from, to, block) -> groupWith(p, from, to).replace("CidrIp: 0.0.0.0/0",
        "CidrIp: " + block));
  }

  private static Arbitrary<String> chains() {
    return Combinators.combine(Arbitraries.integers().between(1, 1000), Arbitraries.of(true, false)).as((chain, conditions) -> {
      int length = conditions ? chain : chain / 10 + 1;
      StringBuilder text = new StringBuilder();
      if (conditions) {
        text.append("Conditions:\n  C0: !Equals [a, a]\n");
        for (int i = 1; i < length; i++) {
          text.append("  C").append(i).append(": !Condition C").append(i - 1).append('\n');
        }
        return text.append(VPC.replace("    Properties:", "    Condition: C" + (length - 1) + "\n    Properties:")).toString();
      }
      text.append(VPC).append("  S0:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: 10.0.0.0/24\n");
      for (int i = 1; i < length; i++) {
        text.append("  S").append(i).append(":\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n")
            .append("      CidrBlock: !GetAtt S").append(i - 1).append(".CidrBlock\n");
      }
      return text.toString();
    });
  }
}
