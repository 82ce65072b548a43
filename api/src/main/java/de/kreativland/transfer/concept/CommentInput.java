package de.kreativland.transfer.concept;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new review comment on a section of a version, or (with parentId) a reply that takes its thread's section and version")
public record CommentInput(
        @Schema(nullable = true, description = "Required unless parentId is given") SectionKey section,
        @Schema(nullable = true, description = "A submitted version; required unless parentId is given") @Min(1) @Max(TransferConceptResource.MAX_VERSION_NUMBER) Integer versionNumber,
        @Schema(required = true, description = "Markdown") @NotBlank @Size(max = 10000) String body,
        @Schema(nullable = true, description = "The first comment of the thread this replies to") UUID parentId) {
}
