package de.kreativland.transfer.metrics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An event to record or save")
public record MetricEventInput(
        @Schema(required = true, maxLength = 300) @NotBlank @Size(max = 300) String title,
        @Schema(required = true) @NotNull EventType type,
        @Schema(required = true) @NotNull LocalDate heldOn,
        @Schema(required = true, maxLength = 100) @NotBlank @Size(max = 100) String town,
        @Schema(required = true) @NotNull UUID scopeId,
        @Schema(required = true, minimum = "0", maximum = "1000000") @NotNull @Min(0) @Max(1000000) Integer participants,
        @Schema(nullable = true, maxItems = 100) @Size(max = 100) List<@NotNull UUID> organisationIds) {
}
