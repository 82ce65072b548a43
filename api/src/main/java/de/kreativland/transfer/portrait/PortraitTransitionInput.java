package de.kreativland.transfer.portrait;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Publish a portrait (to PUBLISHED) or take it back (to DRAFT)")
public record PortraitTransitionInput(@Schema(required = true) @NotNull PortraitStatus to) {
}
