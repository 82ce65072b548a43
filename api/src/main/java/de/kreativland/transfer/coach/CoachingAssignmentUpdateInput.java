package de.kreativland.transfer.coach;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new hour budget; it may be lower than the hours already used")
public record CoachingAssignmentUpdateInput(
        @Schema(required = true, description = "Hours, more than 0 and at most 9999.99", example = "24.5")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2) BigDecimal hourBudget) {
}
