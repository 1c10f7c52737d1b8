package se.uniplan.web.rounds;

import java.io.Serializable;
import java.time.LocalDate;
import se.uniplan.round.Deadlines;

/** The four deadline fields of a round's forms, as typed; the domain checks their order. */
public class DeadlineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate registerBy;
    private LocalDate level1By;
    private LocalDate level2By;
    private LocalDate finalBy;

    /** Fills the fields from a round's deadlines. */
    public void show(Deadlines d) {
        registerBy = d.getRegisterBy();
        level1By = d.getLevel1By();
        level2By = d.getLevel2By();
        finalBy = d.getFinalBy();
    }

    /** The deadlines typed, checked by the domain as they are built. */
    public Deadlines toDeadlines() {
        return new Deadlines(registerBy, level1By, level2By, finalBy);
    }

    public LocalDate getRegisterBy() {
        return registerBy;
    }

    public void setRegisterBy(LocalDate registerBy) {
        this.registerBy = registerBy;
    }

    public LocalDate getLevel1By() {
        return level1By;
    }

    public void setLevel1By(LocalDate level1By) {
        this.level1By = level1By;
    }

    public LocalDate getLevel2By() {
        return level2By;
    }

    public void setLevel2By(LocalDate level2By) {
        this.level2By = level2By;
    }

    public LocalDate getFinalBy() {
        return finalBy;
    }

    public void setFinalBy(LocalDate finalBy) {
        this.finalBy = finalBy;
    }
}
