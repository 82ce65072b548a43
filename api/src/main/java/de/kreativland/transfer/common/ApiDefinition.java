package de.kreativland.transfer.common;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "KreativLand Transfer API", version = "1.0.0"),
        tags = {
            @Tag(name = "Partners", description = "Organisations of the programme and the public partner directory"),
            @Tag(name = "Organisations", description = "Internal organisation profiles, contact persons and memberships"),
            @Tag(name = "Account", description = "The signed-in user"),
            @Tag(name = "Memberships", description = "Which users belong to which organisation"),
            @Tag(name = "Coaches", description = "Coaches and experts, their assignments to organisations, coaching sessions and hours"),
            @Tag(name = "Selection", description = "Selection of best-practice partners: weighted criteria, rounds, jurors' assessments and decisions"),
            @Tag(name = "Transfer concepts", description = "Best-practice partners' transfer concepts: sections, review lifecycle, frozen versions and their diff, review comments, Markdown and PDF export"),
            @Tag(name = "Learning space", description = "Learning modules and paths: German full-text search, sanitised content, attachments, progress and anonymous daily view counts"),
            @Tag(name = "Outreach metrics", description = "Indicators, scopes, reporting periods, measurements with corrections, events and network initiatives, targets, narratives and the outreach report"),
            @Tag(name = "Tandems", description = "Tandems of a best-practice partner, one of its concepts and a tandem partner: explainable matching suggestions, lifecycle, milestones from the transfer plan, progress and activities"),
            @Tag(name = "Personal data", description = "GDPR: export and erasure of everything stored about one person (admins only)"),
            @Tag(name = "Audit log", description = "Who changed what and when, with the fields before and after (admins only)")
        })
public final class ApiDefinition {
    private ApiDefinition() {
    }
}
