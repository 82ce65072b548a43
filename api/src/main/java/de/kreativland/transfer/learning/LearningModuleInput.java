package de.kreativland.transfer.learning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import de.kreativland.transfer.partner.Submarket;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A learning module to create or replace")
public record LearningModuleInput(
        @Schema(nullable = true, maxLength = 120, example = "foerderung-fuer-kulturprojekte-finden",
                description = "Stable URL name; derived from the title when omitted; cannot change once the module was published")
        @Size(max = 120) @Pattern(regexp = SLUG) String slug,
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String title,
        @Schema(required = true, maxLength = 1000) @NotBlank @Size(max = 1000) String summary,
        @Schema(required = true, maxLength = 100000, description = "Markdown; delivered sanitised as bodyHtml")
        @NotNull @Size(max = 100000) String bodyMarkdown,
        @Schema(required = true) @NotNull ModuleFormat format,
        @Schema(required = true, description = "Keys of expertise topics, see /expertise-topics")
        @NotEmpty @Size(max = 6) List<@NotNull @Size(max = 40) @Pattern(regexp = "^[A-Z_]{1,40}$") String> topics,
        @Schema(nullable = true, description = "Submarkets the module speaks to; none when omitted")
        @Size(max = 12) List<@NotNull Submarket> submarkets,
        @Schema(required = true) @NotNull ModuleLevel level,
        @Schema(required = true, minimum = "1", maximum = "6000") @NotNull @Min(1) @Max(6000) Integer estimatedMinutes,
        @Schema(nullable = true, description = "CC_BY_SA_4_0 when omitted") Licence licence,
        @Schema(required = true) @NotNull Visibility visibility,
        @Schema(nullable = true, description = "Coaches and organisations in display order. When omitted: on create the calling coach or partner "
                + "organisation becomes the only author, on update the authors stay as they are. "
                + "Coaches and partners must name themselves or their organisation.")
        @Size(max = 10) List<@NotNull @Valid AuthorInput> authors,
        @Schema(nullable = true) @Valid Provenance provenance) {

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
}
