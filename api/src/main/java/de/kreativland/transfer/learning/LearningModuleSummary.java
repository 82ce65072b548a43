package de.kreativland.transfer.learning;

import de.kreativland.transfer.partner.Submarket;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A learning module in a list or search result")
public record LearningModuleSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Stable URL name") String slug,
        @Schema(required = true) String title,
        @Schema(required = true) String summary,
        @Schema(required = true) ModuleFormat format,
        @Schema(required = true, description = "Keys of expertise topics") List<String> topics,
        @Schema(required = true) List<Submarket> submarkets,
        @Schema(required = true) ModuleLevel level,
        @Schema(required = true) int estimatedMinutes,
        @Schema(required = true) Licence licence,
        @Schema(required = true) Visibility visibility,
        @Schema(required = true) ModuleStatus status,
        @Schema(required = true) List<ModuleAuthor> authors,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true, description = "Relevance for the search term q (higher is better); only with q") Double rank,
        @Schema(nullable = true, description = "Passages matching q as HTML: text escaped, matches in <mark>…</mark>; only with q") String snippet) {
}
