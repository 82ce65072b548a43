package de.kreativland.transfer.concept;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Resolve or reopen a comment")
public record CommentUpdateInput(@Schema(required = true) @NotNull Boolean resolved) {
}
