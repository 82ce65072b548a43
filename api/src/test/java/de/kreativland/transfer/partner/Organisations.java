package de.kreativland.transfer.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies and ids of the demo world for the organisation tests. */
final class Organisations {
    static final String KALBE = "5b0c2d4e-1a01-4f6e-9c10-000000000001";
    static final String FICHTELGEBIRGE = "5b0c2d4e-1a01-4f6e-9c10-000000000002";
    static final String HALDERN = "5b0c2d4e-1a01-4f6e-9c10-000000000003";

    private Organisations() {
    }

    /** A valid new organisation with a unique name. */
    static Map<String, Object> input(String namePrefix, String state, String programmeRole) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", namePrefix + " " + UUID.randomUUID().toString().substring(0, 8));
        body.put("legalForm", "e.V.");
        body.put("kind", "ASSOCIATION");
        body.put("submarkets", List.of("MUSIC", "DESIGN"));
        body.put("settlementType", "RURAL_MUNICIPALITY");
        body.put("postalCode", "09456");
        body.put("town", "Annaberg-Buchholz");
        body.put("district", "Erzgebirgskreis");
        body.put("state", state);
        body.put("latitude", 50.58);
        body.put("longitude", 13.0);
        body.put("foundingYear", 2019);
        body.put("teamSize", 5);
        body.put("website", "https://example.org");
        body.put("summary", "Ein Netzwerk für Musik und Gestaltung im Gebirge.");
        body.put("description", "Werkstätten für Gestalterinnen und Gestalter.");
        body.put("requestedTopics", List.of("FINANCING"));
        if (programmeRole != null) {
            body.put("programmeRole", programmeRole);
        }
        return body;
    }
}
