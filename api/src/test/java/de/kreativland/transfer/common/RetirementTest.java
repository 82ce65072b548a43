package de.kreativland.transfer.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy's rules for @Retiring values, which fail the build when broken. */
class RetirementTest {

    @Test
    void aSunsetLessThanSixMonthsAfterTheDeprecationIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Retirement.of("2026-01-15", "2026-07-14", "/api/v1/partners", "", "PartnerResource.list"));
        assertEquals("@Retiring on PartnerResource.list: sunsetOn 2026-07-14 must be at least 6 months after deprecatedOn 2026-01-15",
                refused.getMessage());
    }

    @Test
    void aRetirementWithoutSuccessorOrInfoPageIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Retirement.of("2026-01-15", "2026-12-31", " ", "", "PartnerResource.list"));
        assertEquals("@Retiring on PartnerResource.list: name a successor or an info page", refused.getMessage());
    }

    @Test
    void datesMustBeIsoDates() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Retirement.of("15.01.2026", "2026-12-31", "/api/v1/partners", "", "PartnerResource.list"));
        assertEquals("@Retiring on PartnerResource.list: deprecatedOn must be an ISO date (yyyy-MM-dd), not 15.01.2026", refused.getMessage());
    }

    @Test
    void headersFollowRfc9745AndRfc8594() {
        Retirement retirement = Retirement.of("2027-03-01", "2027-09-01", "/api/v2/partners", "https://kreativland.example/changes", "x");

        assertEquals("@1803859200", retirement.deprecationHeader());
        assertEquals("Wed, 01 Sep 2027 00:00:00 GMT", retirement.sunsetHeader());
        assertEquals(List.of("</api/v2/partners>; rel=\"successor-version\"",
                "<https://kreativland.example/changes>; rel=\"deprecation\"; type=\"text/html\""), retirement.links());
    }
}
