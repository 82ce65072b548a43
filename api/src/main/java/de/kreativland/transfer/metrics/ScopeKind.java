package de.kreativland.transfer.metrics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where figures belong: a programme or regional centre as a whole, a counselling location in a town, an organisation")
public enum ScopeKind {
    PROGRAMME, COUNSELLING_LOCATION, ORGANISATION
}
