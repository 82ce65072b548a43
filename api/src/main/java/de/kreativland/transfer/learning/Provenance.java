package de.kreativland.transfer.learning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The transfer concept, and the section of it, that a module draws on")
public record Provenance(
        @Schema(required = true, description = "Id of the transfer concept") @NotNull UUID conceptId,
        @Schema(nullable = true, maxLength = 120, example = "financing", description = "Key of the concept's section")
        @Size(min = 1, max = 120) @Pattern(regexp = "^[A-Za-z0-9_.-]+$") String section) {
}
