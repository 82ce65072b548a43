package de.kreativland.transfer.tandem;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A tandem to propose: the concept (its organisation is the best-practice side) and the tandem organisation")
public record TandemInput(
        @Schema(required = true, description = "An APPROVED or PUBLISHED transfer concept") @NotNull UUID conceptId,
        @Schema(required = true, description = "The organisation that applies the concept; it becomes a TANDEM partner") @NotNull UUID tandemOrganisationId,
        @Schema(nullable = true, maxLength = 2000, description = "Why this candidate: required when it is not the top-ranked suggestion")
        @Size(max = 2000) String selectionReason) {
}
