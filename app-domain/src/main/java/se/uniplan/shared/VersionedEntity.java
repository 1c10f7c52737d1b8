package se.uniplan.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking shared by every aggregate root. Ids come from one database
 * sequence (created by Flyway, incremented by 50) so that H2 and PostgreSQL behave alike.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @SequenceGenerator(name = "uniplan_seq", sequenceName = "uniplan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "uniplan_seq")
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Refuses a change based on an older reading of this entity.
     *
     * @param expectedVersion the version the user saw when they started editing
     * @param label           what the user calls this entity, for the message
     */
    public void requireVersion(long expectedVersion, String label) {
        if (version != expectedVersion) {
            throw new ConcurrentEditException(label);
        }
    }
}
