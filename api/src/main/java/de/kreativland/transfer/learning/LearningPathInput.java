package de.kreativland.transfer.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A learning path to create or replace")
public record LearningPathInput(
        @Schema(nullable = true, maxLength = 120, example = "leerstand-beleben",
                description = "Stable URL name; derived from the title when omitted; cannot change once the path was published")
        @Size(max = 120) @Pattern(regexp = LearningModuleInput.SLUG) String slug,
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String title,
        @Schema(required = true, maxLength = 20000, description = "Markdown; delivered sanitised as introductionHtml")
        @NotNull @Size(max = 20000) String introduction,
        @Schema(required = true) @NotNull Visibility visibility,
        @Schema(required = true) @NotNull PathStatus status,
        @Schema(required = true, description = "Modules in order, each once") @NotNull @Size(max = 50) List<@NotNull UUID> moduleIds) {
}
