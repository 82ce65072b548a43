package de.kreativland.transfer.learning;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An author of a module, in display order")
public record ModuleAuthor(
        @Schema(required = true) AuthorKind kind,
        @Schema(required = true, description = "Id of the coach or organisation") UUID id,
        @Schema(required = true, example = "Künstlerstadt Kalbe e.V.", maxLength = 200) String name) {
}
