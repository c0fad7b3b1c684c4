package dev.ocpkit.testkit;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that injects running fakes into test methods (and constructors): {@link FakeEmsp}, {@link
 * FakeCpo}, {@link FakeHub}, {@link FakeCsms} and {@link StationSimulator}. Each is started when the parameter is
 * resolved and closed when the test (or, for constructor parameters, the test class) is done.
 *
 * <pre>{@code
 * @OcpkitTest
 * class MyTest {
 *     @Test
 *     void cpoPushesToEmsp(FakeCpo cpo, FakeEmsp emsp) { ... }
 * }
 * }</pre>
 *
 * <p>Each {@code FakeEmsp}, {@code FakeCpo} and {@code FakeHub} parameter gets its own fake with the default ids, so
 * two eMSP parameters are two parties. All {@code StationSimulator} parameters of a test connect to the test's one
 * {@code FakeCsms} (injected or not); a simulator is built but not started: call {@link StationSimulator#start()} to
 * connect and boot. Configure a simulator with {@link Station}. Closing relies on JUnit closing {@link AutoCloseable}
 * values of the extension store (JUnit 5.13 and later, on by default).
 *
 * <p>Stateless and thread-safe; state lives in the JUnit store of each test.
 *
 * @since 0.1
 */
public final class OcpkitExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(OcpkitExtension.class);
    private static final Set<Class<?>> SUPPORTED =
            Set.of(FakeEmsp.class, FakeCpo.class, FakeHub.class, FakeCsms.class, StationSimulator.class);

    /** Creates the extension; JUnit does this. */
    public OcpkitExtension() {}

    /**
     * Whether the parameter is one of the injectable fakes.
     *
     * @param parameterContext the parameter
     * @param extensionContext the test
     * @return {@code true} for the five fake types
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return SUPPORTED.contains(parameterContext.getParameter().getType());
    }

    /**
     * Starts the fake for the parameter and registers it for closing after the test.
     *
     * @param parameterContext the parameter
     * @param extensionContext the test
     * @return the running fake
     * @throws ParameterResolutionException when the fake cannot start
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        ExtensionContext.Store store = extensionContext.getStore(NAMESPACE);
        try {
            if (type == FakeCsms.class) {
                return csms(store);
            }
            AutoCloseable fake;
            if (type == FakeEmsp.class) {
                fake = FakeEmsp.start();
            } else if (type == FakeCpo.class) {
                fake = FakeCpo.start();
            } else if (type == FakeHub.class) {
                fake = FakeHub.start();
            } else {
                Optional<Station> cfg = parameterContext.findAnnotation(Station.class);
                String identity = cfg.map(Station::identity)
                        .filter(s -> !s.isBlank())
                        .orElse("SIM-" + parameterContext.getIndex());
                fake = StationSimulator.builder()
                        .url(csms(store).url(identity))
                        .version(cfg.map(Station::version).orElse(dev.ocpkit.ocpp.OcppVersion.V201))
                        .pace(Duration.ofMillis(20))
                        .timeScale(60)
                        .build();
            }
            store.put("param-" + parameterContext.getIndex() + "-" + type.getName(), fake);
            return fake;
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("cannot start " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static FakeCsms csms(ExtensionContext.Store store) {
        return store.getOrComputeIfAbsent(FakeCsms.class, k -> FakeCsms.start(), FakeCsms.class);
    }
}
