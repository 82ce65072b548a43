package de.kreativland.transfer.concept;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new transfer concept; it starts as DRAFT")
public record ConceptInput(
        @Schema(required = true, description = "A best-practice organisation the caller is a member of (staff: any best-practice organisation)") @NotNull UUID organisationId,
        @Schema(required = true, example = "Künstlerstadt auf Zeit") @NotBlank @Size(max = 200) String title,
        @Schema(nullable = true, description = "Absent sections start empty") @Valid ConceptSections sections) {
}
