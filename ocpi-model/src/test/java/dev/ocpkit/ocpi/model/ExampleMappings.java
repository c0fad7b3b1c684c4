package dev.ocpkit.ocpi.model;

import dev.ocpkit.ocpi.model.OfficialExamplesTest.Mapping;
import dev.ocpkit.ocpi.model.OfficialExamplesTest.Shape;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Which model type reads which official example file. */
final class ExampleMappings {
    private ExampleMappings() {}

    /** Files that hold a fragment of an object for illustration, neither a full object nor a PATCH body. */
    private static final Set<String> FRAGMENTS = Set.of(
            "location_regularhours_example",
            "location_energymix_example_complete",
            "location_energymix_example_energy_provider",
            "location_energymix_example_simple",
            "payment_terminal_location_assignment");

    /** Version-specific files (OCPI 2.3.0 payments and bookings). */
    private static final List<Map.Entry<String, Mapping>> V230 = List.of(
            Map.entry(
                    "payment_financial_advice_confirmation", new Mapping("FinancialAdviceConfirmation", Shape.OBJECT)),
            Map.entry("payment_terminal_location_assignment", new Mapping("TerminalPatch", Shape.PATCH)),
            Map.entry("payment_terminal_put_update", new Mapping("TerminalPatch", Shape.PATCH)),
            Map.entry("payment_terminal_", new Mapping("Terminal", Shape.OBJECT)),
            Map.entry("booking_location_patch_example_calendar", new Mapping("CalendarPatch", Shape.PATCH)),
            Map.entry("booking_location_patch_example", new Mapping("BookingLocationPatch", Shape.PATCH)),
            Map.entry("booking_location_example", new Mapping("BookingLocation", Shape.OBJECT)),
            Map.entry("booking_request_patch_example", new Mapping("BookingRequestPatch", Shape.PATCH)),
            Map.entry("booking_patch_example", new Mapping("BookingPatch", Shape.PATCH)),
            Map.entry("booking_example", new Mapping("Booking", Shape.OBJECT)));

    static @Nullable Mapping mapping(String folder, String base, List<Map.Entry<String, Mapping>> common) {
        if (folder.startsWith("2.3.0")) {
            for (Map.Entry<String, Mapping> e : V230) {
                if (base.startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        for (Map.Entry<String, Mapping> e : common) {
            if (base.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    static boolean isFragment(String base) {
        return FRAGMENTS.contains(base);
    }
}
