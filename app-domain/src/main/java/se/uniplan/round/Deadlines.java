package se.uniplan.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import se.uniplan.shared.RuleViolationException;

/**
 * The last day of each step of a round's approval chain. Any may be left open, but those that
 * are set follow the chain's order: registration, level 1, level 2, the university level.
 */
@Embeddable
public class Deadlines {

    @Column(name = "register_by")
    private LocalDate registerBy;

    @Column(name = "level1_by")
    private LocalDate level1By;

    @Column(name = "level2_by")
    private LocalDate level2By;

    @Column(name = "final_by")
    private LocalDate finalBy;

    protected Deadlines() {
        // for JPA
    }

    public Deadlines(LocalDate registerBy, LocalDate level1By, LocalDate level2By, LocalDate finalBy) {
        LocalDate[] chain = {registerBy, level1By, level2By, finalBy};
        LocalDate previous = null;
        for (LocalDate day : chain) {
            if (day != null) {
                if (previous != null && day.isBefore(previous)) {
                    throw new RuleViolationException("error.round.deadlineOrder", previous, day);
                }
                previous = day;
            }
        }
        this.registerBy = registerBy;
        this.level1By = level1By;
        this.level2By = level2By;
        this.finalBy = finalBy;
    }

    public static Deadlines none() {
        return new Deadlines(null, null, null, null);
    }

    public LocalDate getRegisterBy() {
        return registerBy;
    }

    public LocalDate getLevel1By() {
        return level1By;
    }

    public LocalDate getLevel2By() {
        return level2By;
    }

    public LocalDate getFinalBy() {
        return finalBy;
    }

    @Override
    public String toString() {
        return registerBy + " / " + level1By + " / " + level2By + " / " + finalBy;
    }
}
