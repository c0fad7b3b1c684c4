package dev.ocpkit.tariff.fuzz;

import dev.ocpkit.ocpi.model.OcpiJson;
import dev.ocpkit.ocpi.model.OcpiParseException;
import dev.ocpkit.tariff.PricedSession;
import dev.ocpkit.tariff.TariffEngine;
import dev.ocpkit.tariff.TariffException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/**
 * Input format and oracle of {@link TariffEngineFuzzTest}, in a class of their own: the fuzz test class mentions no
 * ocpkit type, so that none is loaded before Jazzer instruments classes (an ocpkit class loaded earlier is
 * retransformed, and its nestmates then fail with IllegalAccessError in fuzzing mode).
 */
final class TariffHarness {
    private TariffHarness() {}

    private static final TariffEngine ENGINE = TariffEngine.create();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String SEPARATOR = "\n%%\n";

    private static void checkPriced(PricedSession s) {
        if (s == null || s.totalCost() == null || s.totalCost().exclVat() == null) {
            throw new AssertionError("priced session without a total cost: " + s);
        }
        if (s.explanation() == null || s.explanation().isEmpty()) {
            throw new AssertionError("priced session without an explanation: " + s);
        }
    }

    /** Parses and prices one input; throws AssertionError when the oracle does not hold. */
    static void run(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        String version = nl < 0 ? "" : text.substring(0, nl).strip();
        String rest = nl < 0 ? text : text.substring(nl + 1);
        int sep = rest.indexOf(SEPARATOR);
        if (sep < 0) {
            return;
        }
        byte[] tariffJson = rest.substring(0, sep).getBytes(StandardCharsets.UTF_8);
        byte[] cdrJson = rest.substring(sep + SEPARATOR.length()).getBytes(StandardCharsets.UTF_8);
        try {
            switch (version) {
                case "2.1.1" -> {
                    OcpiJson json = OcpiJson.v211();
                    dev.ocpkit.ocpi.model.v211.Cdr cdr = json.read(cdrJson, dev.ocpkit.ocpi.model.v211.Cdr.class);
                    PricedSession s =
                            ENGINE.price(json.read(tariffJson, dev.ocpkit.ocpi.model.v211.Tariff.class), cdr, BERLIN);
                    checkPriced(s);
                    s.writeInto(cdr);
                }
                case "2.3.0" -> {
                    OcpiJson json = OcpiJson.v230();
                    dev.ocpkit.ocpi.model.v230.Cdr cdr = json.read(cdrJson, dev.ocpkit.ocpi.model.v230.Cdr.class);
                    PricedSession s = ENGINE.price(
                            List.of(json.read(tariffJson, dev.ocpkit.ocpi.model.v230.Tariff.class)), cdr, BERLIN);
                    checkPriced(s);
                    s.writeInto(cdr);
                }
                default -> {
                    OcpiJson json = OcpiJson.v221();
                    dev.ocpkit.ocpi.model.v221.Cdr cdr = json.read(cdrJson, dev.ocpkit.ocpi.model.v221.Cdr.class);
                    PricedSession s =
                            ENGINE.price(json.read(tariffJson, dev.ocpkit.ocpi.model.v221.Tariff.class), cdr, BERLIN);
                    checkPriced(s);
                    s.writeInto(cdr);
                }
            }
        } catch (OcpiParseException notATariffOrCdr) {
            // not the engine's input: the JSON reader refused it
        } catch (TariffException refused) {
            if (refused.kind() == null
                    || refused.getMessage() == null
                    || refused.getMessage().isBlank()) {
                throw new AssertionError("TariffException without a kind or a message", refused);
            }
        }
    }
}
