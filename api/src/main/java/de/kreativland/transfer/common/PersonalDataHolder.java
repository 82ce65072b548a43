package de.kreativland.transfer.common;

import java.util.List;
import java.util.Map;

/**
 * A feature's share of a GDPR export and erasure, implemented once in each feature for the tables it
 * owns (README "Personal data (GDPR)"); the privacy feature collects every implementation and runs
 * them in one transaction. Implementations use {@link PersonalDataSql} on their own tables only.
 */
public interface PersonalDataHolder {
    /** Every table the feature owns, with the columns that name people. */
    List<PersonalTable> personalTables();

    /** The person as far as this feature's rows know them beside what {@code person} already names. */
    PersonRef identify(PersonRef person);

    /** Every row of the feature's tables that names the person, by table. */
    Map<String, List<Map<String, Object>>> export(PersonRef person);

    /** Deletes or pseudonymises what names the person; answers the number of rows touched per table. */
    Map<String, Integer> erase(PersonRef person, Pseudonym pseudonym);

    /**
     * Lower runs first. The audit log and the change feed run last, because every other erasure writes
     * audit entries and feed rows (a deleted membership's tombstone is keyed by the subject).
     */
    default int erasureOrder() {
        return 0;
    }
}
