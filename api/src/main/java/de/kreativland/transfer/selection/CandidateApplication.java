package de.kreativland.transfer.selection;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.partner.OrganisationKind;
import de.kreativland.transfer.partner.SettlementType;
import de.kreativland.transfer.partner.Submarket;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a jury reads of a candidate's organisation while scoring: its profile, no contact persons or other personal data")
public record CandidateApplication(
        @Schema(required = true) UUID candidateId,
        @Schema(required = true) UUID roundId,
        @Schema(required = true) UUID organisationId,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true) OrganisationKind kind,
        @Schema(required = true, maxLength = 120) String town,
        @Schema(required = true) GermanState state,
        @Schema(nullable = true) SettlementType settlementType,
        @Schema(required = true, maxItems = 12) List<Submarket> submarkets,
        @Schema(nullable = true, minimum = "1800", maximum = "2100") Integer foundingYear,
        @Schema(nullable = true, minimum = "0", maximum = "100000") Integer teamSize,
        @Schema(nullable = true, format = "uri", maxLength = 500) String website,
        @Schema(nullable = true, maxLength = 500) String summary,
        @Schema(nullable = true, description = "The description as written (Markdown)", maxLength = 20000) String description,
        @Schema(nullable = true, description = "The description as sanitised HTML: raw HTML escaped, only text formatting, lists, "
                + "tables and web or mail links kept", maxLength = CandidateApplication.MAX_DESCRIPTION_HTML) String descriptionHtml,
        @Schema(required = true, description = "Expertise topics the organisation asks for", maxItems = 6)
        List<@Size(max = 40) @Pattern(regexp = "^[A-Z_]{1,40}$") String> requestedTopics) {
    /** Markdown of at most 20,000 characters renders to well below this much HTML. */
    public static final int MAX_DESCRIPTION_HTML = 200_000;
}
