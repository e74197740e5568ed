package dev.netwright.app.aws.fake;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The STS calls of the fake, in STS's Query API shape: AssumeRole hands out keys that reach the
 * role's account (only for roles a test allowed), GetCallerIdentity says whose keys signed.
 */
final class FakeSts {
  private static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
  private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile("arn:aws:iam::(\\d{12}):role/.+");

  private final Set<String> allowedRoles = ConcurrentHashMap.newKeySet();
  private final Map<String, String> accountOfKey = new ConcurrentHashMap<>();

  void allow(String roleArn) {
    allowedRoles.add(roleArn);
  }

  /** The account whose keys these are: an assumed role's, else the default account's. */
  String accountOf(String accessKey) {
    return accountOfKey.getOrDefault(accessKey, FakeEc2State.ACCOUNT);
  }

  String answer(String action, QueryParams params, String accessKey) {
    String inner;
    switch (action) {
      case "AssumeRole": {
        String role = params.require("RoleArn");
        java.util.regex.Matcher arn = ROLE.matcher(role);
        if (!allowedRoles.contains(role) || !arn.matches()) {
          throw new StsError(403, "AccessDenied", "User: arn:aws:iam::" + accountOf(accessKey)
              + ":user/test is not authorized to perform: sts:AssumeRole on resource: " + role);
        }
        String key = "ASIA" + arn.group(1) + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        accountOfKey.put(key, arn.group(1));
        inner = new Xml().element("AssumedRoleUser", u -> u.leaf("Arn", role + "/" + params.get("RoleSessionName"))
            .leaf("AssumedRoleId", "AROAFAKE:" + params.get("RoleSessionName")))
            .element("Credentials", c -> c.leaf("AccessKeyId", key).leaf("SecretAccessKey", "fake/secret/" + key)
                .leaf("SessionToken", "token-" + key).leaf("Expiration", "2099-01-01T00:00:00Z")).toString();
        break;
      }
      case "GetCallerIdentity": {
        String account = accountOf(accessKey);
        inner = new Xml().leaf("Arn", "arn:aws:iam::" + account + ":user/test").leaf("UserId", "AIDAFAKE").leaf("Account", account)
            .toString();
        break;
      }
      default:
        throw new StsError(400, "InvalidAction", "Could not find operation " + action);
    }
    return "<" + action + "Response xmlns=\"" + NAMESPACE + "\"><" + action + "Result>" + inner + "</" + action + "Result>"
        + "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata></" + action + "Response>";
  }

  /** An STS error, written as STS writes it (Route 53 writes its errors in the same shape, in its namespace). */
  static final class StsError extends RuntimeException {
    private final int status;
    private final String code;
    private final String namespace;

    StsError(int status, String code, String message) {
      this(NAMESPACE, status, code, message);
    }

    StsError(String namespace, int status, String code, String message) {
      super(message);
      this.status = status;
      this.code = code;
      this.namespace = namespace;
    }

    int status() {
      return status;
    }

    String xml() {
      return new Xml().open("ErrorResponse xmlns=\"" + namespace + "\"").open("Error").leaf("Type", "Sender").leaf("Code", code)
          .leaf("Message", getMessage()).close("Error").leaf("RequestId", UUID.randomUUID()).close("ErrorResponse").toString();
    }
  }
}
