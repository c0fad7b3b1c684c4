package dev.ocpkit.ocpi.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Small JSON builders for test responses (own fixtures, not the specification's examples). */
final class TestJson {
    private TestJson() {}

    static String ok(String data) {
        return "{\"data\":" + data + ",\"status_code\":1000,\"status_message\":\"Success\","
                + "\"timestamp\":\"2026-01-01T00:00:00Z\"}";
    }

    static String okNoData() {
        return "{\"status_code\":1000,\"timestamp\":\"2026-01-01T00:00:00Z\"}";
    }

    static String error(int code, String message) {
        return "{\"status_code\":" + code + ",\"status_message\":\"" + message + "\","
                + "\"timestamp\":\"2026-01-01T00:00:00Z\"}";
    }

    static String b64(String token) {
        return Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    static String versions(String base, String... numbers) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < numbers.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"version\":\"")
                    .append(numbers[i])
                    .append("\",\"url\":\"")
                    .append(base)
                    .append('/')
                    .append(numbers[i])
                    .append("\"}");
        }
        return ok(sb.append(']').toString());
    }

    /** Version details; each endpoint is "identifier:ROLE" (or "identifier" for 2.1.1). */
    static String details(String base, String version, String... endpoints) {
        StringBuilder sb = new StringBuilder("{\"version\":\"" + version + "\",\"endpoints\":[");
        for (int i = 0; i < endpoints.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String[] parts = endpoints[i].split(":");
            String path =
                    base + "/" + version + "/" + parts[0] + (parts.length > 1 ? "/" + parts[1].toLowerCase() : "");
            sb.append("{\"identifier\":\"").append(parts[0]).append('"');
            if (parts.length > 1) {
                sb.append(",\"role\":\"").append(parts[1]).append('"');
            }
            sb.append(",\"url\":\"").append(path).append("\"}");
        }
        return ok(sb.append("]}").toString());
    }

    static String credentials221(String token, String url, String role, String cc, String pid) {
        return ok("{\"token\":\"" + token + "\",\"url\":\"" + url + "\",\"roles\":[{\"role\":\"" + role
                + "\",\"business_details\":{\"name\":\"Partner " + pid + "\"},\"party_id\":\"" + pid
                + "\",\"country_code\":\"" + cc + "\"}]}");
    }
}
