package de.kreativland.transfer.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sixteen German states by their ISO 3166-2:DE subdivision code. */
@Schema(description = "German state (Bundesland) by its two-letter ISO 3166-2:DE code")
public enum GermanState {
    BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH
}
