package se.uniplan.substitute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import se.uniplan.person.Person;
import se.uniplan.shared.RuleViolationException;
import se.uniplan.shared.VersionedEntity;

/** A person's substitute for a period, first and last day included. */
@Entity
@Table(name = "substitution")
@NamedQuery(name = "Substitution.activeForSubstitute",
        query = "SELECT s FROM Substitution s WHERE s.substitute.username = :username"
                + " AND s.firstDay <= :day AND s.lastDay >= :day")
@NamedQuery(name = "Substitution.ofPerson",
        query = "SELECT s FROM Substitution s WHERE s.person = :person OR s.substitute = :person ORDER BY s.firstDay DESC")
@NamedQuery(name = "Substitution.activeFor",
        query = "SELECT s FROM Substitution s WHERE s.person.id IN :people AND s.firstDay <= :day AND s.lastDay >= :day")
public class Substitution extends VersionedEntity {

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "substitute_id")
    private Person substitute;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected Substitution() {
        // for JPA
    }

    public Substitution(Person person, Person substitute, LocalDate firstDay, LocalDate lastDay, String createdBy) {
        this.person = Objects.requireNonNull(person, "person");
        this.substitute = Objects.requireNonNull(substitute, "substitute");
        if (person.getId().equals(substitute.getId())) {
            throw new RuleViolationException("error.substitute.self");
        }
        if (!substitute.isActive()) {
            throw new RuleViolationException("error.substitute.inactive", substitute.getFullName());
        }
        if (firstDay == null || lastDay == null) {
            throw new RuleViolationException("error.substitute.periodRequired");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new RuleViolationException("error.substitute.periodOrder", firstDay, lastDay);
        }
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.createdBy = createdBy;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public Person getPerson() {
        return person;
    }

    public Person getSubstitute() {
        return substitute;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public String toString() {
        return substitute.getFullName() + " för " + person.getFullName() + " " + firstDay + "–" + lastDay;
    }
}
