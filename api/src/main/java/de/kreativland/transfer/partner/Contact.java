package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.ETags;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Contact person of an organisation (personal data: staff and the organisation's members only)")
public record Contact(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(nullable = true, maxLength = 200) String function,
        @Schema(nullable = true, format = "email", maxLength = 254) String email,
        @Schema(nullable = true, maxLength = 40) String phone,
        @Schema(required = true, minimum = "0", maximum = ETags.MAX_VERSION) long version) {

    static Contact of(ContactPerson c) {
        return new Contact(c.id, c.name, c.function, c.email, c.phone, c.version);
    }
}
