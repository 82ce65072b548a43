package de.kreativland.transfer.partner;

import java.util.Locale;

/** The realm role a person must hold to redeem an invitation (the API grants no Keycloak roles). */
public enum InvitationRole {
    PARTNER, COACH;

    public String realmRole() {
        return name().toLowerCase(Locale.ROOT);
    }
}
