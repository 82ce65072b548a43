package de.kreativland.transfer.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sixteen German states by their ISO 3166-2:DE subdivision code. */
@Schema(description = "German state (Bundesland) by its two-letter ISO 3166-2:DE code")
public enum GermanState {
    BW("Baden-Württemberg"), BY("Bayern"), BE("Berlin"), BB("Brandenburg"), HB("Bremen"), HH("Hamburg"), HE("Hessen"),
    MV("Mecklenburg-Vorpommern"), NI("Niedersachsen"), NW("Nordrhein-Westfalen"), RP("Rheinland-Pfalz"), SL("Saarland"),
    SN("Sachsen"), ST("Sachsen-Anhalt"), SH("Schleswig-Holstein"), TH("Thüringen");

    private final String germanName;

    GermanState(String germanName) {
        this.germanName = germanName;
    }

    public String germanName() {
        return germanName;
    }
}
