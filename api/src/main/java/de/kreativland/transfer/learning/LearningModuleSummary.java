package de.kreativland.transfer.learning;

import de.kreativland.transfer.partner.Submarket;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A learning module in a list or search result")
public record LearningModuleSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Stable URL name", maxLength = 120, pattern = LearningModuleInput.SLUG) String slug,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true, maxLength = 1000) String summary,
        @Schema(required = true) ModuleFormat format,
        @Schema(required = true, description = "Keys of expertise topics", maxItems = 6)
        List<@Size(max = 40) @Pattern(regexp = "^[A-Z_]{1,40}$") String> topics,
        @Schema(required = true, maxItems = 12) List<Submarket> submarkets,
        @Schema(required = true) ModuleLevel level,
        @Schema(required = true, minimum = "1", maximum = "6000") int estimatedMinutes,
        @Schema(required = true) Licence licence,
        @Schema(required = true) Visibility visibility,
        @Schema(required = true) ModuleStatus status,
        @Schema(required = true, maxItems = 10) List<ModuleAuthor> authors,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true, description = "Relevance for the search term q (higher is better); only with q") Double rank,
        @Schema(nullable = true, description = "Passages matching q as HTML: text escaped, matches in <mark>…</mark>; only with q",
                maxLength = SafeHtml.MAX_SNIPPET) String snippet) {
}
