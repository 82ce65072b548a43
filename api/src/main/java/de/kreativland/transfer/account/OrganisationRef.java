package de.kreativland.transfer.account;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An organisation by id and name")
public record OrganisationRef(@Schema(required = true) UUID id, @Schema(required = true, maxLength = 200) String name) {
}
