package se.uniplan.web.me;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.uniplan.person.Person;
import se.uniplan.person.PersonService;
import se.uniplan.shared.BusinessException;
import se.uniplan.shared.NotFoundException;
import se.uniplan.substitute.Substitution;
import se.uniplan.substitute.SubstitutionService;
import se.uniplan.web.Messages;

/**
 * me/substitutes.xhtml: my substitutions (whom I stand in for, who stands in for me), naming a
 * substitute for a period and removing one. With {@code ?person=id} the system administrator does
 * the same for anybody (the services refuse everybody else).
 */
@Named
@ViewScoped
public class SubstitutesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SubstitutionService substitutions;

    @Inject
    private transient PersonService people;

    private String personParam;
    private Person person;
    private boolean own;
    private List<Substitution> list = List.of();
    private List<Person> candidates = List.of();

    private Long substituteId;
    private LocalDate firstDay = LocalDate.now();
    private LocalDate lastDay;

    /** The view action: whose substitutions the page is about. */
    public void load() {
        if (personParam == null || personParam.isBlank()) {
            person = people.me().orElse(null);
            own = true;
        } else {
            try {
                person = people.get(Long.parseLong(personParam.strip()));
            } catch (NumberFormatException e) {
                throw new NotFoundException("Person", personParam);
            }
            own = people.me().map(me -> me.getId().equals(person.getId())).orElse(false);
        }
        reload();
    }

    public void name() {
        try {
            Substitution named = substitutions.name(person.getId(), substituteId == null ? -1 : substituteId, firstDay, lastDay);
            Messages.info("substitutes.named", named.getSubstitute().getFullName(), named.getPerson().getFullName(),
                    named.getFirstDay().toString(), named.getLastDay().toString());
            substituteId = null;
            lastDay = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
        reload();
    }

    public void remove(Substitution substitution) {
        try {
            substitutions.remove(substitution.getId());
            Messages.info("substitutes.removed");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        reload();
    }

    private void reload() {
        if (person == null) {
            return;
        }
        list = own ? substitutions.mine() : substitutions.of(person.getId());
        candidates = substitutions.candidates().stream().filter(p -> !p.getId().equals(person.getId())).toList();
    }

    /** True if the row names a substitute for the page's person: that person may remove it. */
    public boolean isForPerson(Substitution substitution) {
        return person != null && substitution.getPerson().getId().equals(person.getId());
    }

    public boolean isActive(Substitution substitution) {
        return substitution.covers(LocalDate.now());
    }

    public String getPersonParam() {
        return personParam;
    }

    public void setPersonParam(String personParam) {
        this.personParam = personParam;
    }

    public Person getPerson() {
        return person;
    }

    /** "Vikarier", or "Vikarier för <name>" when the administrator looks at somebody else's. */
    public String getTitle() {
        return own || person == null ? Messages.text("substitutes.title")
                : Messages.text("substitutes.titleFor", person.getFullName());
    }

    /** True when the page is about the logged-in user. */
    public boolean isOwn() {
        return own;
    }

    public List<Substitution> getList() {
        return list;
    }

    public List<Person> getCandidates() {
        return candidates;
    }

    public Long getSubstituteId() {
        return substituteId;
    }

    public void setSubstituteId(Long substituteId) {
        this.substituteId = substituteId;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }
}
