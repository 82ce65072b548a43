package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.GermanState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new scope. Counselling locations need a town and an opening date; organisation scopes name the organisation")
public record MetricScopeInput(
        @Schema(required = true) @NotNull ScopeKind kind,
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true, maxLength = 100) @Size(min = 1, max = 100) String town,
        @Schema(required = true) @NotNull GermanState state,
        @Schema(nullable = true) UUID organisationId,
        @Schema(nullable = true) LocalDate openedOn,
        @Schema(nullable = true) LocalDate closedOn) {
}
