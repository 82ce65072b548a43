package de.kreativland.transfer.selection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The new name, description and status of a round")
public record RoundUpdateInput(
        @Schema(required = true) @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true) @Size(max = 2000) String description,
        @Schema(required = true) @NotNull RoundStatus status) {
}
