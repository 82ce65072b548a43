package de.kreativland.transfer.coach;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coaching session to log; its duration counts against the assignment's budget")
public record CoachingSessionInput(
        @Schema(required = true, description = "Day of the session, not in the future") @NotNull LocalDate heldOn,
        @Schema(required = true, minimum = "15", maximum = "1440") @NotNull @Min(15) @Max(1440) Integer durationMinutes,
        @Schema(nullable = true, description = "Key of the expertise topic discussed; the assignment's topic when omitted")
        @Size(max = 40) @Pattern(regexp = CoachInput.TOPIC_KEY) String topic,
        @Schema(required = true) @NotNull SessionFormat format,
        @Schema(nullable = true, maxLength = 10000) @Size(max = 10000) String notes,
        @Schema(nullable = true, maxLength = 4000, description = "Agreed next steps") @Size(max = 4000) String nextSteps,
        @Schema(nullable = true, maxLength = 2000, description = "Required when the session takes the assignment beyond its hour budget: "
                + "confirms the overrun and says why; recorded with the session") @Size(max = 2000) String overBudgetReason) {
}
