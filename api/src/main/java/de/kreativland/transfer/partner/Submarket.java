package de.kreativland.transfer.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Submarket of the cultural and creative industries (the 11 of the German monitoring report, plus other)")
public enum Submarket {
    MUSIC, BOOK_MARKET, ART_MARKET, FILM, BROADCASTING, PERFORMING_ARTS, DESIGN, ARCHITECTURE, PRESS, ADVERTISING,
    SOFTWARE_GAMES, OTHER
}
