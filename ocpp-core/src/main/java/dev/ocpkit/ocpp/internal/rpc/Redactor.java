package dev.ocpkit.ocpp.internal.rpc;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that makes OCPP frames safe to log: identifiers (idTag, idToken, ...) keep their last 4
 * characters, secrets (passwords, authorization keys) are masked whole, and frames are truncated.
 *
 * <p>Frames are scanned once, left to right, as a sequence of JSON strings and other characters, so that any input
 * (also one that is not JSON, or is cut off) takes time and stack in proportion to its length: a regular expression
 * with an alternation inside a repetition, as this class used before, recursed once per character of a string value
 * and threw {@link StackOverflowError} on a frame with an identifier of a few thousand characters (found by fuzzing
 * OCPP 2.1 frames). Stateless and thread-safe.
 */
public final class Redactor {
    private Redactor() {}

    private static final Set<String> IDENTIFIERS =
            Set.of("idTag", "parentIdTag", "idToken", "groupIdToken", "additionalIdToken", "evccId", "emaid");
    private static final String[] SECRET_SUFFIXES = {
        "Password", "password", "Secret", "secret", "PrivateKey", "privateKey", "AuthorizationKey", "authorizationKey"
    };
    private static final Set<String> VALUES = Set.of("value", "attributeValue");
    /** A configuration key or variable that holds a secret in a "value" (literals only: linear to match). */
    private static final Pattern SECRET_VARIABLE =
            Pattern.compile("AuthorizationKey|BasicAuthPassword|Password|Secret|PrivateKey", Pattern.CASE_INSENSITIVE);

    /** The frame with identifiers masked to their last 4 characters and secrets masked whole, at most max chars. */
    public static String redact(String frame, int max) {
        String s = frame.length() > max * 4 ? frame.substring(0, max * 4) : frame;
        // ChangeConfiguration(AuthorizationKey) / SetVariables(BasicAuthPassword): the secret sits in "value"
        s = mask(s, SECRET_VARIABLE.matcher(s).find());
        return s.length() > max ? s.substring(0, max) + "...(" + frame.length() + " chars)" : s;
    }

    /** An identifier masked to its last 4 characters, e.g. {@code ****1234}. */
    public static String maskId(String id) {
        return id.length() <= 4 ? "****" : "****" + id.substring(id.length() - 4);
    }

    /**
     * Masks the string value of every member {@code "name" : "value"} whose name is an identifier or a secret (or
     * {@code value}/{@code attributeValue} when {@code maskValues}). Strings are skipped whole, escapes included, so a
     * quote inside a string never starts a name; an unterminated string ends the scan (the rest is kept as it is).
     */
    private static String mask(String s, boolean maskValues) {
        StringBuilder out = null;
        int copied = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (s.charAt(i) != '"') {
                i++;
                continue;
            }
            int nameEnd = stringEnd(s, i);
            if (nameEnd < 0) {
                break;
            }
            int j = skipWhitespace(s, nameEnd + 1);
            if (j >= n || s.charAt(j) != ':') {
                i = nameEnd + 1; // a string that is not a member name
                continue;
            }
            j = skipWhitespace(s, j + 1);
            if (j >= n || s.charAt(j) != '"') {
                i = j; // the value is not a string: scan on inside it
                continue;
            }
            int valueEnd = stringEnd(s, j);
            if (valueEnd < 0) {
                break;
            }
            String name = s.substring(i + 1, nameEnd);
            String masked = null;
            if (IDENTIFIERS.contains(name)) {
                masked = maskId(s.substring(j + 1, valueEnd));
            } else if (isSecret(name) || (maskValues && VALUES.contains(name))) {
                masked = "****";
            }
            if (masked != null) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(s, copied, j + 1).append(masked).append('"');
                copied = valueEnd + 1;
            }
            i = valueEnd + 1;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, n).toString();
    }

    /** The index of the quote that closes the string opened at {@code start}, or -1 when it is not closed. */
    private static int stringEnd(String s, int start) {
        int n = s.length();
        int i = start + 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int skipWhitespace(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\u000B') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Letters only, ending in Password, Secret, PrivateKey or AuthorizationKey (first letter in either case). */
    private static boolean isSecret(String name) {
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        for (String suffix : SECRET_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
