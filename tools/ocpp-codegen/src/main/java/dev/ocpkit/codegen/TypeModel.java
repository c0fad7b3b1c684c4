package dev.ocpkit.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The schemas of one version turned into Java types: every action with its request and response schema, and every
 * record and enum with its components or values. Object and enum nodes are named from {@code javaType} hints,
 * definition names or {@link VersionSpec#inlineNames()}; nodes that share a name share one Java type (structurally
 * identical, or an object with the same properties, or an enum whose values are united).
 */
final class TypeModel {
    enum Role {
        REQUEST,
        RESPONSE,
        SEND,
        DATA
    }

    /** One action with its payload schemas ({@code response} is null for a SEND action). */
    record Message(String action, String direction, boolean send, SchemaNode request, SchemaNode response) {}

    /** One record component. */
    record Component(
            String jsonName,
            String javaName,
            String boxedType,
            String primitiveType,
            boolean required,
            boolean list,
            String namedType,
            String docs) {
        /** The Java type of the component: primitive when required and there is one. */
        String type() {
            return required && primitiveType != null ? primitiveType : boxedType;
        }

        boolean primitive() {
            return required && primitiveType != null;
        }
    }

    /** A generated record or enum. */
    static final class JavaType {
        final String name;
        final boolean isEnum;
        final List<SchemaNode> nodes = new ArrayList<>();
        Role role = Role.DATA;
        String action;
        List<String> enumValues;
        List<Component> components;
        boolean open;

        JavaType(String name, boolean isEnum) {
            this.name = name;
            this.isEnum = isEnum;
        }

        Set<String> files() {
            Set<String> files = new TreeSet<>();
            for (SchemaNode n : nodes) {
                files.add(n.file);
            }
            return files;
        }

        /** Schema file stems of the messages that use this type. */
        Set<String> messages() {
            Set<String> m = new TreeSet<>();
            for (SchemaNode n : nodes) {
                m.add(n.message());
            }
            return m;
        }

        /** Definition names this type comes from (2.x, 1.6 security extension), empty for inline ones. */
        Set<String> definitions() {
            Set<String> d = new TreeSet<>();
            for (SchemaNode n : nodes) {
                if (n.definition != null) {
                    d.add(n.definition);
                }
            }
            return d;
        }
    }

    static final String CUSTOM_DATA = "customData";

    final VersionSpec spec;
    final List<Message> messages = new ArrayList<>();
    final Map<String, JavaType> types = new TreeMap<>();
    /** Every object and enum node, roots included, in visiting order. */
    final List<SchemaNode> namedNodes = new ArrayList<>();

    final List<String> warnings = new ArrayList<>();

    private TypeModel(VersionSpec spec) {
        this.spec = spec;
    }

    static TypeModel load(VersionSpec spec, Path schemaDir) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(schemaDir)) {
            list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .forEach(p -> files.put(p.getFileName().toString(), p));
        }
        Map<String, SchemaNode> roots = new TreeMap<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            roots.put(e.getKey(), SchemaReader.read(e.getValue()));
        }
        return build(spec, roots);
    }

    /** Builds the model from parsed schema files, keyed by file name. */
    static TypeModel build(VersionSpec spec, Map<String, SchemaNode> filesToRoots) {
        TypeModel model = new TypeModel(spec);
        model.collectMessages(new TreeMap<>(filesToRoots));
        model.name();
        model.group();
        model.merge();
        return model;
    }

    private void collectMessages(Map<String, SchemaNode> files) {
        Set<String> seen = new TreeSet<>();
        for (String file : files.keySet()) {
            String stem = file.substring(0, file.length() - 5);
            String action = spec.actionOf(stem);
            boolean response = stem.endsWith("Response");
            if (!response && !file.equals(spec.requestFile(action))) {
                throw new SchemaException(file + ": not a request, response or SEND schema of OCPP " + spec.label());
            }
            seen.add(action);
        }
        for (String action : seen) {
            String direction = spec.directions().get(action);
            if (direction == null) {
                throw new SchemaException("action " + action + " has schemas but no direction in the table");
            }
            boolean send = spec.sendActions().contains(action);
            SchemaNode request = files.get(spec.requestFile(action));
            SchemaNode response = files.get(spec.responseFile(action));
            if (request == null) {
                throw new SchemaException("action " + action + ": missing " + spec.requestFile(action));
            }
            if (send && response != null) {
                throw new SchemaException("SEND action " + action + " must not have a response schema");
            }
            if (!send && response == null) {
                throw new SchemaException("action " + action + ": missing " + spec.responseFile(action));
            }
            request.javaName = spec.requestType(action);
            if (response != null) {
                response.javaName = spec.responseType(action);
            }
            messages.add(new Message(action, direction, send, request, response));
        }
        for (String action : spec.directions().keySet()) {
            if (!seen.contains(action)) {
                throw new SchemaException("action " + action + " is in the direction table but has no schema");
            }
        }
    }

    private void name() {
        Set<SchemaNode> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<SchemaNode> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Message m : messages) {
            roots.add(m.request());
            visit(m.request(), visited);
            if (m.response() != null) {
                roots.add(m.response());
                visit(m.response(), visited);
            }
        }
        Set<String> unusedOverrides = new TreeSet<>(spec.inlineNames().keySet());
        List<SchemaNode> pending = new ArrayList<>();
        Map<String, Set<String>> namesByKey = new LinkedHashMap<>();
        for (SchemaNode n : namedNodes) {
            if (roots.contains(n)) {
                continue;
            }
            if (n.definition != null) {
                n.javaName = n.javaTypeHint != null ? n.javaTypeHint : Names.fromDefinition(n.definition);
            } else {
                n.javaName = spec.inlineNames().get(n.path);
                unusedOverrides.remove(n.path);
            }
            if (n.javaName == null) {
                pending.add(n);
            } else {
                namesByKey.computeIfAbsent(n.key(), k -> new TreeSet<>()).add(n.javaName);
            }
        }
        if (!unusedOverrides.isEmpty()) {
            throw new SchemaException("inline names for paths that do not exist: " + unusedOverrides);
        }
        Map<String, String> derived = new LinkedHashMap<>();
        for (SchemaNode n : pending) {
            String key = n.key();
            Set<String> candidates = namesByKey.get(key);
            if (candidates != null && candidates.size() == 1) {
                n.javaName = candidates.iterator().next();
            } else if (candidates != null) {
                throw new SchemaException(n.file + " " + n.path + ": structurally identical to " + candidates
                        + "; name it in the inline-name table");
            } else {
                n.javaName = derived.computeIfAbsent(key, k -> derivedName(n));
                warnings.add(n.path + " has no name in the table; named " + n.javaName);
            }
        }
    }

    private String derivedName(SchemaNode n) {
        String last = n.path.substring(n.path.lastIndexOf('/') + 1).replace("[]", "");
        String name = Names.upperFirst(Names.member(last).replace("_", ""));
        for (SchemaNode other : namedNodes) {
            if (name.equals(other.javaName)) {
                return Names.upperFirst(n.message()) + name;
            }
        }
        return name;
    }

    private void visit(SchemaNode n, Set<SchemaNode> visited) {
        if (n.isNamedType()) {
            if (!visited.add(n)) {
                return;
            }
            namedNodes.add(n);
        }
        for (SchemaNode p : n.properties.values()) {
            visit(p, visited);
        }
        if (n.items != null) {
            visit(n.items, visited);
        }
    }

    private void group() {
        for (Message m : messages) {
            root(m.request(), m.send() ? Role.SEND : Role.REQUEST, m.action());
            if (m.response() != null) {
                root(m.response(), Role.RESPONSE, m.action());
            }
        }
        for (SchemaNode n : namedNodes) {
            JavaType t = types.get(n.javaName);
            if (t == null) {
                t = new JavaType(n.javaName, n.isEnum());
                types.put(n.javaName, t);
            } else if (t.role != Role.DATA && !t.nodes.contains(n)) {
                throw new SchemaException(n.path + ": name " + n.javaName + " is taken by a message");
            } else if (t.isEnum != n.isEnum()) {
                throw new SchemaException(n.path + ": name " + n.javaName + " is used for an enum and an object");
            }
            if (!t.nodes.contains(n)) {
                t.nodes.add(n);
            }
        }
    }

    private void root(SchemaNode n, Role role, String action) {
        if (types.containsKey(n.javaName)) {
            throw new SchemaException("duplicate message type " + n.javaName);
        }
        JavaType t = new JavaType(n.javaName, false);
        t.nodes.add(n);
        t.role = role;
        t.action = action;
        types.put(n.javaName, t);
    }

    private void merge() {
        for (JavaType t : types.values()) {
            if (t.isEnum) {
                Set<String> values = new LinkedHashSet<>();
                for (SchemaNode n : t.nodes) {
                    values.addAll(n.enumValues);
                }
                t.enumValues = List.copyOf(values);
            } else {
                mergeRecord(t);
            }
        }
    }

    private void mergeRecord(JavaType t) {
        SchemaNode first = t.nodes.get(0);
        List<Component> components = new ArrayList<>();
        for (SchemaNode n : t.nodes) {
            if (!n.properties.keySet().equals(first.properties.keySet())) {
                throw new SchemaException(t.name + ": " + first.path + " and " + n.path
                        + " have different properties; they cannot share a Java type");
            }
            t.open |= n.additionalProperties;
        }
        Set<String> javaNames = new TreeSet<>();
        for (String prop : first.properties.keySet()) {
            boolean required = true;
            Map<String, List<String>> docsToMessages = new LinkedHashMap<>();
            TypeRef ref = null;
            for (SchemaNode n : t.nodes) {
                SchemaNode p = n.properties.get(prop);
                boolean req = n.required.contains(prop);
                required &= req;
                TypeRef r = TypeRef.of(p);
                if (ref == null) {
                    ref = r;
                } else if (!ref.equals(r)) {
                    throw new SchemaException(t.name + "." + prop + ": " + ref.boxed() + " in " + first.path + " but "
                            + r.boxed() + " in " + n.path);
                }
                docsToMessages
                        .computeIfAbsent(Docs.constraints(p, req), k -> new ArrayList<>())
                        .add(spec.messageLabel(n.message()));
            }
            String docs;
            if (docsToMessages.size() == 1) {
                docs = docsToMessages.keySet().iterator().next();
            } else {
                List<String> parts = new ArrayList<>();
                docsToMessages.forEach(
                        (d, msgs) -> parts.add("in " + String.join(", ", new TreeSet<>(msgs)) + ": " + d));
                docs = String.join("; ", parts);
            }
            String javaName = Names.member(prop);
            if (t.role != Role.DATA && javaName.equals("action")) {
                javaName = "action_";
            }
            if (!javaNames.add(javaName) || javaName.equals("toBuilder") || javaName.equals("builder")) {
                throw new SchemaException(t.name + ": component name " + javaName + " clashes");
            }
            components.add(new Component(
                    prop, javaName, ref.boxed(), ref.primitive(), required, ref.list(), ref.named(), docs));
        }
        if (t.open && javaNames.contains("additionalProperties")) {
            throw new SchemaException(t.name + ": open object with a property named additionalProperties");
        }
        // customData (2.x) goes last, so that positional constructors start with what the message is about
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).jsonName().equals(CUSTOM_DATA) && i != components.size() - 1) {
                components.add(components.remove(i));
                break;
            }
        }
        t.components = List.copyOf(components);
    }

    /** The Java type of a property node. */
    record TypeRef(String boxed, String primitive, boolean list, String named) {
        static TypeRef of(SchemaNode p) {
            return switch (p.kind) {
                case OBJECT -> new TypeRef(p.javaName, null, false, p.javaName);
                case STRING -> p.isEnum()
                        ? new TypeRef(p.javaName, null, false, p.javaName)
                        : new TypeRef("date-time".equals(p.format) ? "Instant" : "String", null, false, null);
                case INTEGER -> new TypeRef("Integer", "int", false, null);
                case NUMBER -> new TypeRef("BigDecimal", null, false, null);
                case BOOLEAN -> new TypeRef("Boolean", "boolean", false, null);
                case ANY -> new TypeRef("Object", null, false, null);
                case ARRAY -> {
                    TypeRef item = of(p.items);
                    if (item.list()) {
                        throw new SchemaException(p.path + ": arrays of arrays are not supported");
                    }
                    yield new TypeRef("List<" + item.boxed() + ">", null, true, item.named());
                }
            };
        }
    }
}
