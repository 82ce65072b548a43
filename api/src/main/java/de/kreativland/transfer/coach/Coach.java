package de.kreativland.transfer.coach;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A coach or expert; email, phone and the Keycloak subject are personal data. */
@Entity
@Table(name = "coach")
public class Coach extends Audited {
    @Id
    public UUID id;

    /** Keycloak user the profile belongs to; null until the coach has an account. */
    public String subject;

    @Column(nullable = false)
    public String name;

    public String bio;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> topics = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> regions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> languages = new ArrayList<>();

    public String email;

    public String phone;
}
