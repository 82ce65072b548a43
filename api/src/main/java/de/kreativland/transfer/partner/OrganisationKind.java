package de.kreativland.transfer.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of organisation")
public enum OrganisationKind {
    CREATIVE_BUSINESS, ASSOCIATION, SOCIOCULTURAL_CENTRE, YOUTH_EDUCATION, NETWORK, MUNICIPALITY, OTHER
}
