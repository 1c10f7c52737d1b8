package se.uniplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change, as the audit trail keeps it: who, when, what, and old → new. Entries are only ever
 * inserted; there is no update or delete path.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    private static final int MAX_VALUE = 1000;

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "entity_label", nullable = false, length = 300)
    private String entityLabel;

    @Column(nullable = false, length = 40)
    private String change;

    @Column(name = "old_value", length = MAX_VALUE)
    private String oldValue;

    @Column(name = "new_value", length = MAX_VALUE)
    private String newValue;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(String actor, String entityType, Long entityId, String entityLabel, String change,
               String oldValue, String newValue) {
        this.at = Instant.now();
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.entityLabel = cut(entityLabel, 300);
        this.change = change;
        this.oldValue = cut(oldValue, MAX_VALUE);
        this.newValue = cut(newValue, MAX_VALUE);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getEntityLabel() {
        return entityLabel;
    }

    public String getChange() {
        return change;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
