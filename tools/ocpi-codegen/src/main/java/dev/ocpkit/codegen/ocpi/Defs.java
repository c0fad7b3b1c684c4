package dev.ocpkit.codegen.ocpi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The definitions of one OCPI version, read from the {@code *.def} files of a folder.
 *
 * <pre>
 * version 2.2.1 v221 https://github.com/ocpi/ocpi/blob/2.2.1/
 *
 * enum ConnectorFormat mod_locations.asciidoc#mod_locations_connectorformat_enum
 *   | Whether a connector is a socket or a cable with a plug.
 *   SOCKET | The connector is a socket.
 *   V2_1_1=2.1.1 | A Java name before '=' when the value is not a Java identifier.
 *
 * object Connector mod_locations.asciidoc#mod_locations_connector_object patch
 *   | The socket, or cable and plug, that an EV uses.
 *   id CiString(36) 1 | Identifier of the connector within its EVSE.
 *   tariff_ids CiString(36) * | Identifiers of the currently valid tariffs.
 *   capabilities Capability * open | A 2.3.0 OpenEnum list.
 * </pre>
 *
 * Types: {@code CiString(n)}, {@code string(n)}, {@code string}, {@code URL} (string(255)), {@code DateTime},
 * {@code int}, {@code number}, {@code boolean}, {@code secret(n)} (a token: never in toString) or the name of an
 * enum or object of the same version. Cardinality: {@code 1}, {@code ?}, {@code *}, {@code +}. Object flags:
 * {@code patch} (also generate a PATCH body type), {@code string-creator=field} (also accept a bare JSON string,
 * stored in that field: for upstream examples that use strings where the spec has an object).
 */
final class Defs {
    record Version(String label, String pkg, String baseUrl) {}

    record EnumValue(String javaName, String value, String doc) {}

    record EnumDef(String name, String anchor, List<String> doc, List<EnumValue> values) {}

    record Field(String json, String type, Integer size, String card, boolean open, String doc) {
        boolean isList() {
            return card.equals("*") || card.equals("+");
        }

        boolean isRequired() {
            return card.equals("1") || card.equals("+");
        }
    }

    record ObjectDef(
            String name, String anchor, boolean patch, String stringCreator, List<String> doc, List<Field> fields) {}

    Version version;
    final Map<String, EnumDef> enums = new LinkedHashMap<>();
    final Map<String, ObjectDef> objects = new LinkedHashMap<>();

    private static final Pattern TYPE = Pattern.compile("([A-Za-z]+)(?:\\((\\d+)\\))?");

    static Defs read(Path dir) throws IOException {
        Defs defs = new Defs();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".def")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no *.def files in " + dir);
        }
        for (Path f : files) {
            defs.parse(f);
        }
        if (defs.version == null) {
            throw new IllegalArgumentException("no 'version' line in " + dir);
        }
        defs.check();
        return defs;
    }

    private void parse(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Object current = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String where = file.getFileName() + ":" + (i + 1);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean member = Character.isWhitespace(raw.charAt(0));
            if (!member) {
                String[] t = line.split("\\s+");
                switch (t[0]) {
                    case "version" -> {
                        if (version != null) {
                            throw new IllegalArgumentException(where + ": second 'version' line");
                        }
                        version = new Version(t[1], t[2], t[3]);
                        current = null;
                    }
                    case "enum" -> {
                        EnumDef e = new EnumDef(t[1], t[2], new ArrayList<>(), new ArrayList<>());
                        put(enums, e.name(), e, where);
                        current = e;
                    }
                    case "object" -> {
                        boolean patch = false;
                        String sc = null;
                        for (int k = 3; k < t.length; k++) {
                            if (t[k].equals("patch")) {
                                patch = true;
                            } else if (t[k].startsWith("string-creator=")) {
                                sc = t[k].substring("string-creator=".length());
                            } else {
                                throw new IllegalArgumentException(where + ": unknown flag " + t[k]);
                            }
                        }
                        ObjectDef o = new ObjectDef(t[1], t[2], patch, sc, new ArrayList<>(), new ArrayList<>());
                        put(objects, o.name(), o, where);
                        current = o;
                    }
                    default -> throw new IllegalArgumentException(where + ": expected version/enum/object: " + line);
                }
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException(where + ": member line outside enum/object");
            }
            String head = line;
            String doc = "";
            int bar = line.indexOf('|');
            if (bar >= 0) {
                head = line.substring(0, bar).strip();
                doc = line.substring(bar + 1).strip();
            }
            if (head.isEmpty()) {
                if (current instanceof EnumDef e) {
                    e.doc().add(doc);
                } else {
                    ((ObjectDef) current).doc().add(doc);
                }
                continue;
            }
            if (current instanceof EnumDef e) {
                String javaName;
                String value;
                int eq = head.indexOf('=');
                if (eq >= 0) {
                    javaName = head.substring(0, eq);
                    value = head.substring(eq + 1);
                } else {
                    value = head;
                    javaName = head.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
                    if (Character.isDigit(javaName.charAt(0))) {
                        javaName = "_" + javaName;
                    }
                }
                e.values().add(new EnumValue(javaName, value, doc));
            } else {
                ObjectDef o = (ObjectDef) current;
                String[] t = head.split("\\s+");
                if (t.length < 3) {
                    throw new IllegalArgumentException(where + ": expected 'name Type card [open]': " + head);
                }
                Matcher m = TYPE.matcher(t[1]);
                if (!m.matches()) {
                    throw new IllegalArgumentException(where + ": bad type " + t[1]);
                }
                Integer size = m.group(2) == null ? null : Integer.valueOf(m.group(2));
                String card = t[2];
                if (!List.of("1", "?", "*", "+").contains(card)) {
                    throw new IllegalArgumentException(where + ": bad cardinality " + card);
                }
                boolean open = t.length > 3 && t[3].equals("open");
                o.fields().add(new Field(t[0], m.group(1), size, card, open, doc));
            }
        }
    }

    private static <T> void put(Map<String, T> map, String name, T value, String where) {
        if (map.put(name, value) != null) {
            throw new IllegalArgumentException(where + ": " + name + " defined twice");
        }
    }

    static final List<String> SCALARS =
            List.of("CiString", "string", "URL", "DateTime", "int", "number", "boolean", "secret");

    private void check() {
        for (ObjectDef o : objects.values()) {
            if (enums.containsKey(o.name())) {
                throw new IllegalArgumentException(o.name() + " is both an enum and an object");
            }
            for (Field f : o.fields()) {
                if (!SCALARS.contains(f.type()) && !enums.containsKey(f.type()) && !objects.containsKey(f.type())) {
                    throw new IllegalArgumentException(o.name() + "." + f.json() + ": unknown type " + f.type());
                }
                if (f.open() && !enums.containsKey(f.type())) {
                    throw new IllegalArgumentException(o.name() + "." + f.json() + ": 'open' on a non-enum");
                }
            }
            if (o.stringCreator() != null
                    && o.fields().stream().noneMatch(f -> f.json().equals(o.stringCreator()))) {
                throw new IllegalArgumentException(o.name() + ": string-creator field not found");
            }
        }
    }
}
