package se.uniplan.accounting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import se.uniplan.shared.VersionedEntity;

/** A fiscal year (räkenskapsår); it need not follow the calendar year. */
@Entity
@Table(name = "fiscal_year")
@NamedQuery(name = "FiscalYear.all", query = "SELECT f FROM FiscalYear f ORDER BY f.startDate")
public class FiscalYear extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 20)
    private String label;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    protected FiscalYear() {
        // for JPA
    }

    public FiscalYear(String label, LocalDate startDate, LocalDate endDate) {
        this.label = label;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
