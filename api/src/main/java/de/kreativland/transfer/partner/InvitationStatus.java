package de.kreativland.transfer.partner;

/** OPEN until redeemed or revoked; an open invitation past its expiry is answered as EXPIRED. */
public enum InvitationStatus {
    OPEN, REDEEMED, REVOKED, EXPIRED
}
