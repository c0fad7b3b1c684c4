package dev.ocpkit.ocpp.internal.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.jspecify.annotations.Nullable;

/** Parsing of the parts of an HTTP upgrade request that OCPP cares about. */
public final class Handshakes {
    private Handshakes() {}

    /** The longest identity accepted (OCPP 2.0.1: identifierString of at most 48 characters). */
    public static final int MAX_IDENTITY = 48;

    /** The last non-empty path segment, percent-decoded, or null when there is none or it is not acceptable. */
    public static @Nullable String identityFromPath(String resource) {
        String path = pathOf(resource);
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        int start = path.lastIndexOf('/', end - 1) + 1;
        if (start >= end) {
            return null;
        }
        String id;
        try {
            id = URLDecoder.decode(path.substring(start, end).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (id.isEmpty() || id.length() > MAX_IDENTITY) {
            return null;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return null;
            }
        }
        return id;
    }

    /** The path without query or fragment. */
    public static String pathOf(String resource) {
        int q = resource.indexOf('?');
        int h = resource.indexOf('#');
        int cut = q < 0 ? h : (h < 0 ? q : Math.min(q, h));
        return cut < 0 ? resource : resource.substring(0, cut);
    }

    /** User name and password of an {@code Authorization: Basic} header, or null. */
    public static String @Nullable [] basicCredentials(@Nullable String authorization) {
        if (authorization == null) {
            return null;
        }
        String a = authorization.trim();
        if (a.length() < 6 || !a.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(a.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        String s = new String(decoded, StandardCharsets.UTF_8);
        int colon = s.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return new String[] {s.substring(0, colon), s.substring(colon + 1)};
    }

    /** The subprotocols of a {@code Sec-WebSocket-Protocol} header, in order. */
    public static List<String> subprotocols(@Nullable String header) {
        List<String> out = new ArrayList<>();
        if (header != null) {
            for (String p : header.split(",")) {
                String t = p.trim();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The CN of a certificate's subject, or null. */
    public static @Nullable String commonName(X509Certificate cert) {
        try {
            LdapName name = new LdapName(cert.getSubjectX500Principal().getName());
            for (Rdn rdn : name.getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }
}
