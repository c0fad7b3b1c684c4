package dev.ocpkit.ocpp.internal.rpc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that makes OCPP frames safe to log: identifiers (idTag, idToken, ...) keep their last 4
 * characters, secrets (passwords, authorization keys) are masked whole, and frames are truncated.
 */
public final class Redactor {
    private Redactor() {}

    private static final Pattern IDENTIFIER = Pattern.compile(
            "\"(idTag|parentIdTag|idToken|groupIdToken|additionalIdToken|evccId|emaid)\"(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern SECRET = Pattern.compile(
            "\"([A-Za-z]*(?:[Pp]assword|[Ss]ecret|[Pp]rivateKey|[Aa]uthorizationKey))\"(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern VALUE =
            Pattern.compile("\"(value|attributeValue)\"(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern SECRET_VARIABLE =
            Pattern.compile("AuthorizationKey|BasicAuthPassword|Password|Secret|PrivateKey", Pattern.CASE_INSENSITIVE);

    /** The frame with identifiers masked to their last 4 characters and secrets masked whole, at most max chars. */
    public static String redact(String frame, int max) {
        String s = frame.length() > max * 4 ? frame.substring(0, max * 4) : frame;
        s = replace(IDENTIFIER, s, false);
        s = replace(SECRET, s, true);
        if (SECRET_VARIABLE.matcher(s).find()) {
            // ChangeConfiguration(AuthorizationKey) / SetVariables(BasicAuthPassword): the secret sits in "value"
            s = replace(VALUE, s, true);
        }
        return s.length() > max ? s.substring(0, max) + "...(" + frame.length() + " chars)" : s;
    }

    /** An identifier masked to its last 4 characters, e.g. {@code ****1234}. */
    public static String maskId(String id) {
        return id.length() <= 4 ? "****" : "****" + id.substring(id.length() - 4);
    }

    private static String replace(Pattern p, String s, boolean whole) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        do {
            String masked = whole ? "****" : maskId(m.group(3));
            m.appendReplacement(
                    out, Matcher.quoteReplacement("\"" + m.group(1) + "\"" + m.group(2) + "\"" + masked + "\""));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
