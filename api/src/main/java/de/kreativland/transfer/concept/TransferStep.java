package de.kreativland.transfer.concept;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One step of a transfer plan")
public record TransferStep(
        @Schema(required = true, example = "Leerstand erfassen") @NotBlank @Size(max = 200) String title,
        @Schema(nullable = true, description = "Markdown") @Size(max = 5000) String description,
        @Schema(nullable = true, example = "3 Monate", description = "How long the step typically takes, as written") @Size(max = 100) String typicalDuration,
        @Schema(required = true, example = "BUILDING_LAW", description = "Key of the expertise topic the step belongs to (see /expertise-topics)")
        @NotBlank @Size(max = 60) @Pattern(regexp = "^[A-Z_]{1,60}$", message = "{kl.concept.topic-key}") String topic) {
}
