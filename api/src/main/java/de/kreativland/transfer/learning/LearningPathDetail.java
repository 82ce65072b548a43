package de.kreativland.transfer.learning;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A learning path with its modules in order (those the caller may read)")
public record LearningPathDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Stable URL name", maxLength = 120, pattern = LearningModuleInput.SLUG) String slug,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true, description = "Markdown as written; never render it unsanitised", maxLength = 20000) String introduction,
        @Schema(required = true, description = "The introduction as sanitised HTML", maxLength = SafeHtml.MAX_INTRODUCTION_HTML) String introductionHtml,
        @Schema(required = true) Visibility visibility,
        @Schema(required = true) PathStatus status,
        @Schema(required = true, maxItems = 50) List<LearningModuleSummary> modules,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(required = true) OffsetDateTime updatedAt) {
}
