package dev.ocpkit.examples.ocpiparty;

import dev.ocpkit.ocpi.model.OcpiException;
import dev.ocpkit.ocpi.server.OcpiContext;
import dev.ocpkit.ocpi.server.OcpiService;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** One line per event on the command's output; thread-safe. Never prints tokens. */
final class Printer {
    private final PrintWriter out;
    private final String name;

    Printer(PrintWriter out, String name) {
        this.out = out;
        this.name = name;
    }

    void say(String line) {
        synchronized (out) {
            out.println(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + name + " " + line);
            out.flush();
        }
    }

    /**
     * A service that prints every call it receives (method, calling partner and the identifiers from the URL) and
     * then delegates.
     */
    @SuppressWarnings("unchecked")
    <T extends OcpiService> T printing(Class<T> iface, T target) {
        return (T) Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            List<String> ids = new ArrayList<>();
            String partner = "?";
            if (args != null) {
                for (Object a : args) {
                    if (a instanceof OcpiContext ctx) {
                        partner = ctx.partner().id();
                    } else if (a instanceof String s) {
                        ids.add(s);
                    }
                }
            }
            try {
                Object result = method.invoke(target, args);
                say("<- " + partner + " " + method.getName() + " " + String.join("/", ids)
                        + (result == null ? "" : " -> " + summary(result)));
                return result;
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof OcpiException oe) {
                    say("<- " + partner + " " + method.getName() + " " + String.join("/", ids) + " -> "
                            + oe.statusCode() + " " + oe.getMessage());
                }
                throw cause;
            }
        });
    }

    private static String summary(Object result) {
        if (result instanceof java.util.Optional<?> o) {
            return o.isPresent() ? "found" : "not found";
        }
        if (result instanceof dev.ocpkit.ocpi.server.Page<?> p) {
            return p.items().size() + " of " + p.totalCount();
        }
        if (result instanceof Record) {
            return result.getClass().getSimpleName();
        }
        return String.valueOf(result);
    }
}
