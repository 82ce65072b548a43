package de.kreativland.transfer.metrics;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A supported network initiative to record")
public record NetworkInitiativeInput(
        @Schema(required = true, maxLength = 300) @NotBlank @Size(max = 300) String name,
        @Schema(required = true) @NotNull LocalDate supportedOn,
        @Schema(required = true) @NotNull UUID scopeId,
        @Schema(nullable = true, maxLength = 100) @Size(min = 1, max = 100) String town) {
}
