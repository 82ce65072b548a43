package de.kreativland.transfer.common;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** A feature's {@link PersonalDataHolder} that needs nothing beyond declaring its tables. */
public abstract class OwnPersonalTables implements PersonalDataHolder {
    @Inject
    protected PersonalDataSql sql;

    @Override
    public PersonRef identify(PersonRef person) {
        return sql.identify(personalTables(), person);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(PersonRef person) {
        return sql.export(personalTables(), person);
    }

    @Override
    public Map<String, Integer> erase(PersonRef person, Pseudonym pseudonym) {
        return sql.erase(personalTables(), person, pseudonym);
    }

    /** created_by and updated_by of an {@code audit/Audited} table. */
    protected static List<PersonColumns> stamped(PersonColumns... others) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(others),
                java.util.stream.Stream.of(PersonColumns.actor("created_by"), PersonColumns.actor("updated_by"))).toList();
    }
}
