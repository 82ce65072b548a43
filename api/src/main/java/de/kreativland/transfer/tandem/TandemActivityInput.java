package de.kreativland.transfer.tandem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A meeting, visit, call or workshop to log")
public record TandemActivityInput(
        @Schema(required = true) @NotNull ActivityType type,
        @Schema(required = true, description = "Day it took place, not in the future") @NotNull LocalDate heldOn,
        @Schema(required = true, maxLength = 2000, example = "Paul Partner (Künstlerkolonie), Erika Erzgebirge (Kreativnetz)")
        @NotBlank @Size(max = 2000) String participants,
        @Schema(nullable = true, maxLength = 10000) @Size(max = 10000) String notes) {
}
