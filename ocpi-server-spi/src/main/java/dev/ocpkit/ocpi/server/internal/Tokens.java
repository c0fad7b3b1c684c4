package dev.ocpkit.ocpi.server.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** New credentials tokens: 32 random bytes, URL-safe Base64 without padding (43 ASCII characters). */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    public static String generate() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
