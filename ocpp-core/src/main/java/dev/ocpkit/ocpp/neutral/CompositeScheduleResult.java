package dev.ocpkit.ocpp.neutral;

import dev.ocpkit.ocpp.smartcharging.CompositeSchedule;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answer to GetCompositeSchedule.
 *
 * @param result the outcome
 * @param schedule the schedule when accepted (a station may leave it out), otherwise {@code null}
 * @since 0.1
 */
public record CompositeScheduleResult(CommandResult result, @Nullable CompositeSchedule schedule) {
    /** Checks the components. */
    public CompositeScheduleResult {
        Objects.requireNonNull(result, "result");
    }
}
