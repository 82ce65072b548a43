package de.kreativland.transfer.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Settlement type of the town (BBSR classification)")
public enum SettlementType {
    LARGE_CITY, MEDIUM_TOWN, LARGER_SMALL_TOWN, SMALL_SMALL_TOWN, RURAL_MUNICIPALITY
}
