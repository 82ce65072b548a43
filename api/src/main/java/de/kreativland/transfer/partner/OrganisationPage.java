package de.kreativland.transfer.partner;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the internal organisation list")
public record OrganisationPage(
        @Schema(required = true) List<OrganisationDetail> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
