package de.kreativland.transfer.learning;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A status change of a learning module")
public record ModuleTransitionInput(@Schema(required = true) @NotNull ModuleStatus to) {
}
