package dev.ocpkit.ocpi.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the record type of an OCPI object by its name and version, e.g. {@code ("location", 2.2.1)} gives
 * {@code dev.ocpkit.ocpi.model.v221.Location}; {@code "charging_preferences"} gives {@code ChargingPreferences},
 * {@code "location_patch"} the PATCH body {@code LocationPatch}. For tools that take the object type as text.
 *
 * @since 0.1
 */
public final class OcpiTypes {
    private OcpiTypes() {}

    /** The package of a supported version's records, e.g. {@code dev.ocpkit.ocpi.model.v221}. */
    public static String packageOf(OcpiVersion version) {
        return switch (version) {
            case V2_1_1 -> "dev.ocpkit.ocpi.model.v211";
            case V2_2_1 -> "dev.ocpkit.ocpi.model.v221";
            case V2_3_0 -> "dev.ocpkit.ocpi.model.v230";
            default -> throw new IllegalArgumentException("OCPI " + version + " is not supported");
        };
    }

    /**
     * The record for an object name in snake_case, kebab-case or CamelCase; case-insensitive.
     *
     * @return the record type, or empty when the version has no such object
     */
    public static Optional<Class<? extends Record>> find(OcpiVersion version, String objectName) {
        StringBuilder camel = new StringBuilder();
        boolean up = true;
        for (char c : objectName.strip().toCharArray()) {
            if (c == '_' || c == '-' || c == ' ') {
                up = true;
            } else {
                camel.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        String wanted = camel.toString();
        ClassLoader loader = OcpiTypes.class.getClassLoader();
        for (String candidate : new String[] {wanted, wanted.toLowerCase(Locale.ROOT)}) {
            try {
                Class<?> c = Class.forName(packageOf(version) + "." + candidate, false, loader);
                if (Record.class.isAssignableFrom(c)) {
                    return Optional.of(c.asSubclass(Record.class));
                }
            } catch (ClassNotFoundException e) {
                // try the next spelling
            }
        }
        // case-insensitive fallback, e.g. "evse" for Evse, "CDR" for Cdr
        String lower = wanted.toLowerCase(Locale.ROOT);
        for (String known : KNOWN_ACRONYMS) {
            if (known.toLowerCase(Locale.ROOT).equals(lower)) {
                return find(version, known);
            }
        }
        return Optional.empty();
    }

    private static final String[] KNOWN_ACRONYMS = {
        "Evse", "Cdr", "CdrToken", "CdrLocation", "CdrDimension", "EvsePatch"
    };
}
