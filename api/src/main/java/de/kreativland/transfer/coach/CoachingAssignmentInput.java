package de.kreativland.transfer.coach;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Assign a coach to an organisation for one of the coach's topics")
public record CoachingAssignmentInput(
        @Schema(required = true) @NotNull UUID coachId,
        @Schema(required = true) @NotNull UUID organisationId,
        @Schema(required = true, description = "Key of an expertise topic the coach covers") @NotNull @Size(max = 40) @Pattern(regexp = CoachInput.TOPIC_KEY) String topic,
        @Schema(required = true, description = "Hours, more than 0 and at most 9999.99", example = "20")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2) BigDecimal hourBudget) {
}
