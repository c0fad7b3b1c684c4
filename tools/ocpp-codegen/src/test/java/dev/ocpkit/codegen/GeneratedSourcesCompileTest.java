package dev.ocpkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ocpkit.ocpp.OcppAction;
import dev.ocpkit.ocpp.OcppRequest;
import dev.ocpkit.ocpp.internal.json.OcppJson;
import dev.ocpkit.ocpp.internal.schema.ObjectSchema;
import dev.ocpkit.ocpp.internal.schema.SchemaValidator;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Compiles the sources generated from the fixture schemas and runs JSON through them. */
class GeneratedSourcesCompileTest {
    @TempDir
    static Path tmp;

    private static URLClassLoader loader;

    @BeforeAll
    static void compile() throws Exception {
        Map<String, String> files = new java.util.LinkedHashMap<>(OcppCodegen.generate(TypeModel.build(
                Fixtures.inlineSpec(Fixtures.inlineDirections(), Fixtures.inlineNames()), Fixtures.inlineFiles())));
        files.putAll(OcppCodegen.generate(
                TypeModel.build(Fixtures.defsSpec(Fixtures.defsDirections()), Fixtures.defsFiles())));
        Path src = tmp.resolve("src");
        List<File> sources = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = src.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
            sources.add(p.toFile());
        }
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of(
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    classes.toString(),
                    "-proc:none",
                    "-Xlint:all",
                    "-Werror",
                    "--release",
                    "17");
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(sources))
                    .call();
            assertThat(diagnostics.getDiagnostics()).as("compiler diagnostics").isEmpty();
            assertThat(ok).isTrue();
        }
        loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, GeneratedSourcesCompileTest.class.getClassLoader());
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(name, true, loader);
    }

    @Test
    void request_bindsValidatesAndWritesBackTheSameJson() throws Exception {
        String json = "{\"station\":{\"model\":\"M\",\"phases\":3,\"ratios\":[0.5,1.25],\"extra\":{\"a\":[1,null]},"
                + "\"customData\":{\"vendorId\":\"v\",\"more\":true}},\"reason\":\"Unknown\","
                + "\"customData\":{\"vendorId\":\"v\"}}";
        OcppJson mapper = OcppJson.defaults();
        JsonNode tree = mapper.readTree(json);
        ObjectSchema schema = (ObjectSchema) type("test.gen.defs.internal.DefsSchemas")
                .getMethod("request", String.class)
                .invoke(null, "Boot");
        assertThat(SchemaValidator.validate(schema, tree).errors()).isEmpty();
        Object boot = mapper.treeToValue(tree, type("test.gen.defs.BootRequest"));
        assertThat(mapper.readTree(mapper.write(boot))).isEqualTo(tree);
        OcppAction<?, ?> action = ((OcppRequest<?>) boot).action();
        assertThat(action.name()).isEqualTo("Boot");
        assertThat(action.responseType().getName()).isEqualTo("test.gen.defs.BootResponse");
    }

    @Test
    void enum_fromValueNeverThrows() throws Exception {
        Class<?> reason = type("test.gen.defs.ReasonEnum");
        Object unknown = reason.getMethod("fromValue", String.class).invoke(null, "Unknown");
        Object odd = reason.getMethod("fromValue", String.class).invoke(null, "Sleepy");
        assertThat(unknown.toString()).isEqualTo("UNKNOWN");
        assertThat(odd.toString()).isEqualTo("UNRECOGNIZED");
        assertThat(reason.getMethod("isKnown").invoke(odd)).isEqualTo(false);
    }

    @Test
    void absentOptionalListWithMinItems_isNotWrittenAsEmptyArray() throws Exception {
        OcppJson mapper = OcppJson.defaults();
        String json = "{\"connectorId\":1,\"reading\":[{\"value\":2.5}]}";
        Object meter = mapper.treeToValue(mapper.readTree(json), type("test.gen.inline.MeterRequest"));
        assertThat(mapper.write(meter)).isEqualTo(json);
        assertThat(meter.getClass().getMethod("tags").invoke(meter)).isEqualTo(List.of());
    }

    @Test
    void builder_requiresRequiredComponents() throws Exception {
        Object builder = type("test.gen.defs.Station").getMethod("builder").invoke(null);
        java.lang.reflect.Method build = builder.getClass().getMethod("build");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> build.invoke(builder)))
                .hasRootCauseInstanceOf(NullPointerException.class)
                .hasRootCauseMessage("model");
        builder.getClass().getMethod("model", String.class).invoke(builder, "M");
        Object station = build.invoke(builder);
        assertThat(station.getClass().getMethod("model").invoke(station)).isEqualTo("M");
    }
}
