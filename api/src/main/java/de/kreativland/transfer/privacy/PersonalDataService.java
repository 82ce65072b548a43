package de.kreativland.transfer.privacy;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.PersonRef;
import de.kreativland.transfer.common.PersonalDataHolder;
import de.kreativland.transfer.common.PersonalTable;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.Pseudonym;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GDPR export and erasure of one person across every feature: each feature's {@link PersonalDataHolder}
 * answers for its own tables, this service runs them all in one transaction and audits it. The audit
 * entry of an erasure names only the pseudonym.
 */
@ApplicationScoped
public class PersonalDataService {
    /** Rounds of look-up: an e-mail finds a coach's subject, the subject finds the names beside it. */
    private static final int IDENTIFY_ROUNDS = 5;

    @Inject
    @Any
    Instance<PersonalDataHolder> holders;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /** Every holder, in erasure order (the audit log and the change feed last). */
    List<PersonalDataHolder> holders() {
        List<PersonalDataHolder> all = new ArrayList<>();
        holders.forEach(all::add);
        all.sort(Comparator.comparingInt(PersonalDataHolder::erasureOrder).thenComparing(h -> h.getClass().getName()));
        return all;
    }

    @Transactional
    public PersonalDataExport export(String subject, String email) {
        PersonRef person = identify(start(subject, email, "query"));
        List<PersonalDataRecords> records = records(person);
        int total = records.stream().mapToInt(r -> r.rows().size()).sum();
        audit.record("person", subject != null ? subject : email.toLowerCase(Locale.ROOT), "personal_data_exported",
                Map.of("tables", records.size(), "rows", total));
        return new PersonalDataExport(OffsetDateTime.now(), List.copyOf(person.subjects()), List.copyOf(person.emails()),
                List.copyOf(person.names()), total, records);
    }

    @Transactional
    public PersonalDataErasure erase(PersonalDataErasureInput input) {
        PersonRef asked = start(input.subject(), input.email(), "body");
        String named = input.subject() != null ? input.subject() : input.email();
        if (!input.confirmation().strip().equalsIgnoreCase(named.strip())) {
            throw Problems.invalidField("confirmation", "privacy.confirmation-mismatch");
        }
        PersonRef person = identify(asked);
        if (person.subjects().contains(user.subject())) {
            throw Problems.conflict("privacy.no-self-erasure");
        }
        if (records(person).isEmpty()) {
            throw Problems.notFound(input.subject() != null ? "thing.personal-data-of-subject" : "thing.personal-data-of-email", "");
        }
        Pseudonym pseudonym = Pseudonym.random();
        List<PersonalDataErasure.ErasedTable> tables = new ArrayList<>();
        for (PersonalDataHolder holder : holders()) {
            Map<String, Integer> erased = holder.erase(person, pseudonym);
            for (PersonalTable table : holder.personalTables()) {
                Integer rows = erased.get(table.name());
                if (rows != null) {
                    tables.add(new PersonalDataErasure.ErasedTable(feature(holder), table.name(), rows, table.deleteRows()));
                }
            }
        }
        int total = tables.stream().mapToInt(PersonalDataErasure.ErasedTable::rows).sum();
        audit.record("person", pseudonym.subject(), "personal_data_erased", Map.of("tables", tables.size(), "rows", total));
        return new PersonalDataErasure(OffsetDateTime.now(), pseudonym.subject(), pseudonym.name(), total, tables);
    }

    private List<PersonalDataRecords> records(PersonRef person) {
        List<PersonalDataRecords> records = new ArrayList<>();
        for (PersonalDataHolder holder : holders()) {
            holder.export(person).forEach((table, rows) -> records.add(new PersonalDataRecords(feature(holder), table, rows)));
        }
        return records;
    }

    private PersonRef identify(PersonRef person) {
        PersonRef known = person;
        for (int round = 0; round < IDENTIFY_ROUNDS; round++) {
            PersonRef grown = known;
            for (PersonalDataHolder holder : holders()) {
                grown = grown.with(holder.identify(grown));
            }
            if (grown.equals(known)) {
                break;
            }
            known = grown;
        }
        return known;
    }

    private static PersonRef start(String subject, String email, String in) {
        boolean hasSubject = subject != null && !subject.isBlank();
        boolean hasEmail = email != null && !email.isBlank();
        if (hasSubject == hasEmail) {
            throw invalid(in, hasSubject ? "email" : "subject", "privacy.subject-or-email");
        }
        if (hasSubject) {
            String s = subject.strip();
            if (s.equals("system") || s.equals("anonymous") || s.startsWith("erased-")) {
                throw invalid(in, "subject", "privacy.subject-no-person");
            }
            return PersonRef.bySubject(s);
        }
        if (!email.strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw invalid(in, "email", "privacy.not-email");
        }
        return PersonRef.byEmail(email.strip());
    }

    private static RuntimeException invalid(String in, String field, String key) {
        return in.equals("query") ? Problems.invalidQuery(field, key) : Problems.invalidField(field, key);
    }

    /** The feature a holder belongs to: its package's last part (partner, concept, …). */
    static String feature(PersonalDataHolder holder) {
        String name = holder.getClass().getName().replace("_Subclass", "").replace("_ClientProxy", "");
        String pkg = name.substring(0, name.lastIndexOf('.'));
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }
}
