package de.kreativland.transfer.concept;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The whole new working copy: title and every section (absent sections become empty)")
public record ConceptUpdateInput(
        @Schema(required = true) @NotBlank @Size(max = 200) String title,
        @Schema(required = true) @NotNull @Valid ConceptSections sections) {
}
