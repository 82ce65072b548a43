package de.kreativland.transfer.partner;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A contact person of an organisation: personal data. */
@Entity
@Table(name = "contact_person")
public class ContactPerson extends Audited {
    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String name;

    public String function;

    public String email;

    public String phone;
}
