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

@Schema(description = "A supported network initiative to record")
public record NetworkInitiativeInput(
        @Schema(required = true, maxLength = 300) @NotBlank @Size(max = 300) String name,
        @Schema(required = true) @NotNull LocalDate supportedOn,
        @Schema(required = true) @NotNull UUID scopeId,
        @Schema(nullable = true, maxLength = 100) @Size(min = 1, max = 100) String town) {
}
