package de.kreativland.transfer.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The statements behind every feature's {@link PersonalDataHolder}: finding, exporting and erasing the
 * rows of the given tables that name a person. Native SQL because an erasure rewrites the audit columns
 * (created_by is never updatable through an entity) and the free text of many tables at once; a feature
 * passes only its own tables. Every value is bound; table and column names come from the features'
 * declarations and are checked against the schema.
 *
 * <p>Free text is every text and jsonb column of a table that is not one of its person columns: a
 * person's subject, e-mail address or full name inside it (case-insensitive) becomes the pseudonym.
 */
@ApplicationScoped
public class PersonalDataSql {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private final Map<String, TableShape> shapes = new ConcurrentHashMap<>();

    /** A table's text-like columns (text, varchar, jsonb), the columns an export leaves out, and whether it is versioned. */
    record TableShape(List<String> text, Set<String> json, List<String> notExported, boolean versioned) {
    }

    /** The person as the rows of these tables know them: subjects, names and e-mails beside a known subject or e-mail. */
    public PersonRef identify(List<PersonalTable> tables, PersonRef person) {
        PersonRef found = person;
        for (PersonalTable table : tables) {
            for (PersonColumns group : table.people()) {
                if (group.subject() == null && group.email() == null) {
                    continue;
                }
                List<String> known = new ArrayList<>();
                if (group.subject() != null) {
                    known.add(q(group.subject()) + " in " + list(":subjects"));
                }
                if (group.email() != null) {
                    known.add("lower(" + q(group.email()) + ") in " + list(":emails"));
                }
                String select = "select cast(" + column(group.subject()) + " as text), cast(" + column(group.name())
                        + " as text), cast(" + column(group.email()) + " as text) from " + table(table) + " t where "
                        + String.join(" or ", known);
                Query query = em.createNativeQuery(select);
                bind(query, select, person, null);
                Set<String> subjects = new TreeSet<>();
                Set<String> emails = new TreeSet<>();
                Set<String> names = new TreeSet<>();
                for (Object row : query.getResultList()) {
                    Object[] values = (Object[]) row;
                    addIfPresent(subjects, values[0]);
                    addIfPresent(names, values[1]);
                    addIfPresent(emails, values[2]);
                }
                subjects.removeIf(PersonalDataSql::isNoPerson);
                found = found.with(new PersonRef(subjects, emails, names));
            }
        }
        return found;
    }

    /** Every row of these tables that names the person, by table (tables without such rows are left out). */
    public Map<String, List<Map<String, Object>>> export(List<PersonalTable> tables, PersonRef person) {
        Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
        for (PersonalTable table : tables) {
            TableShape shape = shape(table);
            String where = anyMention(table, shape, person);
            if (where == null) {
                continue;
            }
            StringBuilder row = new StringBuilder("to_jsonb(t)");
            shape.notExported().forEach(c -> row.append(" - '").append(c).append("'"));
            String select = "select cast(" + row + " as text) from " + table(table) + " t where " + where + " order by 1";
            Query query = em.createNativeQuery(select);
            bind(query, select, person, null);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Object value : query.getResultList()) {
                try {
                    rows.add(json.readValue((String) value, ROW));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("row of " + table.name() + " is not JSON", e);
                }
            }
            if (!rows.isEmpty()) {
                export.put(table.name(), rows);
            }
        }
        return export;
    }

    /**
     * Deletes the rows about the person and replaces their subject, name and e-mail everywhere else by
     * the pseudonym; answers, per table, the number of rows that named them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Integer> erase(List<PersonalTable> tables, PersonRef person, Pseudonym pseudonym) {
        Map<String, Integer> touched = new LinkedHashMap<>();
        for (PersonalTable table : tables) {
            TableShape shape = shape(table);
            String where = anyMention(table, shape, person);
            if (where == null) {
                continue;
            }
            String count = "select count(*) from " + table(table) + " t where " + where;
            Query counting = em.createNativeQuery(count);
            bind(counting, count, person, pseudonym);
            int rows = ((Number) counting.getSingleResult()).intValue();
            if (rows == 0) {
                continue;
            }
            touched.put(table.name(), rows);
            String bump = shape.versioned() ? ", version = version + 1" : "";
            if (table.deleteRows()) {
                execute("delete from " + table(table) + " t where " + matches(table.people().get(0)), person, pseudonym);
            }
            for (PersonColumns group : table.people()) {
                List<String> sets = new ArrayList<>();
                if (group.subject() != null) {
                    sets.add(q(group.subject()) + " = case when " + q(group.subject()) + " in " + list(":subjects")
                            + " then :pseudonymSubject else " + q(group.subject()) + " end");
                }
                if (group.name() != null) {
                    sets.add(q(group.name()) + " = :pseudonymName");
                }
                if (group.email() != null) {
                    sets.add(q(group.email()) + " = null");
                }
                group.cleared().forEach(c -> sets.add(q(c) + " = null"));
                execute("update " + table(table) + " t set " + String.join(", ", sets) + bump + " where " + matches(group),
                        person, pseudonym);
            }
            List<String> text = freeText(table, shape);
            if (!text.isEmpty() && !person.textNeedles().isEmpty()) {
                List<String> sets = new ArrayList<>();
                List<String> mentions = new ArrayList<>();
                for (String c : text) {
                    String value = shape.json().contains(c) ? "cast(" + q(c) + " as text)" : q(c);
                    String replaced = value;
                    int i = 0;
                    for (Needle needle : needles(person, pseudonym)) {
                        replaced = "regexp_replace(" + replaced + ", :re" + i + ", :by" + i + ", 'gi')";
                        i++;
                    }
                    sets.add(q(c) + " = " + (shape.json().contains(c) ? "cast(" + replaced + " as jsonb)" : replaced));
                    mentions.add(value + " ~* :mention");
                }
                execute("update " + table(table) + " t set " + String.join(", ", sets) + bump + " where "
                        + String.join(" or ", mentions), person, pseudonym);
            }
        }
        return touched;
    }

    /** Every text-like column of every table that these declarations name, for the tests' coverage check. */
    public List<String> textColumns(PersonalTable table) {
        return shape(table).text();
    }

    private record Needle(String regex, String replacement) {
    }

    /** Longest first, so that an e-mail address is replaced before a name inside it. */
    private static List<Needle> needles(PersonRef person, Pseudonym pseudonym) {
        List<String> all = new ArrayList<>(person.textNeedles());
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<Needle> needles = new ArrayList<>();
        for (String needle : all) {
            String replacement = person.subjects().contains(needle) ? pseudonym.subject()
                    : person.emails().contains(needle) ? Pseudonym.ERASED_EMAIL : pseudonym.name();
            needles.add(new Needle(regex(needle), replacement));
        }
        return needles;
    }

    /** The needle as a literal advanced regular expression: every ASCII punctuation character escaped. */
    static String regex(String literal) {
        StringBuilder regex = new StringBuilder();
        literal.codePoints().forEach(cp -> {
            if (cp < 128 && !Character.isLetterOrDigit(cp) && cp != ' ') {
                regex.append('\\');
            }
            regex.appendCodePoint(cp);
        });
        return regex.toString();
    }

    private String anyMention(PersonalTable table, TableShape shape, PersonRef person) {
        List<String> conditions = new ArrayList<>();
        table.people().forEach(group -> conditions.add(matches(group)));
        for (String c : person.textNeedles().isEmpty() ? List.<String>of() : freeText(table, shape)) {
            conditions.add((shape.json().contains(c) ? "cast(" + q(c) + " as text)" : q(c)) + " ~* :mention");
        }
        return conditions.isEmpty() ? null : "(" + String.join(" or ", conditions) + ")";
    }

    private static String matches(PersonColumns group) {
        List<String> conditions = new ArrayList<>();
        if (group.subject() != null) {
            conditions.add(q(group.subject()) + " in " + list(":subjects"));
        }
        if (group.email() != null) {
            conditions.add("lower(" + q(group.email()) + ") in " + list(":emails"));
        }
        if (group.name() != null) {
            conditions.add(q(group.name()) + " in " + list(":names"));
        }
        return "(" + String.join(" or ", conditions) + ")";
    }

    private List<String> freeText(PersonalTable table, TableShape shape) {
        Set<String> person = table.personColumns();
        return shape.text().stream().filter(c -> !person.contains(c)).toList();
    }

    private void execute(String sql, PersonRef person, Pseudonym pseudonym) {
        Query query = em.createNativeQuery(sql);
        bind(query, sql, person, pseudonym);
        query.executeUpdate();
    }

    private void bind(Query query, String sql, PersonRef person, Pseudonym pseudonym) {
        Map<String, Object> values = new HashMap<>();
        values.put("subjects", jsonArray(person.subjects()));
        values.put("emails", jsonArray(person.emails()));
        values.put("names", jsonArray(person.names()));
        values.put("mention", String.join("|", person.textNeedles().stream().map(PersonalDataSql::regex).toList()));
        if (pseudonym != null) {
            values.put("pseudonymSubject", pseudonym.subject());
            values.put("pseudonymName", pseudonym.name());
            int i = 0;
            for (Needle needle : needles(person, pseudonym)) {
                values.put("re" + i, needle.regex());
                values.put("by" + i, needle.replacement());
                i++;
            }
        }
        values.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                query.setParameter(name, value);
            }
        });
    }

    private String jsonArray(Set<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private TableShape shape(PersonalTable table) {
        return shapes.computeIfAbsent(table.name(), name -> {
            List<String> text = new ArrayList<>();
            Set<String> jsonColumns = new TreeSet<>();
            List<String> notExported = new ArrayList<>();
            boolean versioned = false;
            @SuppressWarnings("unchecked")
            List<Object[]> columns = em.createNativeQuery("""
                    select column_name, data_type, is_generated from information_schema.columns
                    where table_schema = current_schema() and table_name = :table order by ordinal_position""")
                    .setParameter("table", name).getResultList();
            if (columns.isEmpty()) {
                throw new IllegalStateException("personal data: no table " + name);
            }
            for (Object[] column : columns) {
                String c = (String) column[0];
                String type = (String) column[1];
                boolean generated = "ALWAYS".equals(column[2]);
                if (!IDENTIFIER.matcher(c).matches()) {
                    throw new IllegalStateException("personal data: unexpected column name " + name + "." + c);
                }
                if (generated || type.equals("tsvector") || type.equals("bytea")) {
                    notExported.add(c);
                } else if (type.equals("text") || type.equals("character varying") || type.equals("jsonb")) {
                    text.add(c);
                    if (type.equals("jsonb")) {
                        jsonColumns.add(c);
                    }
                }
                versioned |= c.equals("version");
            }
            Set<String> declared = new TreeSet<>(table.personColumns());
            declared.removeAll(text);
            if (!declared.isEmpty()) {
                throw new IllegalStateException("personal data: " + name + " has no text columns " + declared);
            }
            return new TableShape(List.copyOf(text), Set.copyOf(jsonColumns), List.copyOf(notExported), versioned);
        });
    }

    private static boolean isNoPerson(String subject) {
        return subject.equals("system") || subject.equals("anonymous") || subject.startsWith("erased-");
    }

    private static void addIfPresent(Set<String> into, Object value) {
        if (value != null && !((String) value).isBlank()) {
            into.add((String) value);
        }
    }

    private static String column(String name) {
        return name == null ? "null" : q(name);
    }

    private static String list(String parameter) {
        return "(select jsonb_array_elements_text(cast(" + parameter + " as jsonb)))";
    }

    private static String table(PersonalTable table) {
        return q(table.name());
    }

    private static String q(String identifier) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("not an identifier: " + identifier);
        }
        return "\"" + identifier + "\"";
    }
}
