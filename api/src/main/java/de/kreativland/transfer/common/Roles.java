package de.kreativland.transfer.common;

import java.util.List;

/** Keycloak realm roles of the platform. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String COORDINATOR = "coordinator";
    public static final String COACH = "coach";
    public static final String PARTNER = "partner";
    public static final String ADVISOR = "advisor";
    public static final String INTEGRATION = "integration";

    public static final List<String> ALL = List.of(ADMIN, COORDINATOR, COACH, PARTNER, ADVISOR, INTEGRATION);

    private Roles() {
    }
}
