package de.kreativland.transfer.selection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new selection round; it starts OPEN")
public record RoundInput(
        @Schema(required = true, example = "Auswahlrunde 2026") @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true) @Size(max = 2000) String description) {
}
