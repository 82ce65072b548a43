package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.GermanState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A corrected value and why; the previous value stays in the history")
public record MeasurementCorrection(
        @Schema(required = true, minimum = "0") @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal value,
        @Schema(required = true, maxLength = 2000) @NotBlank @Size(max = 2000) String reason) {
}
