package se.uniplan.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.uniplan.person.Person;
import se.uniplan.person.PersonService;
import se.uniplan.shared.BusinessException;
import se.uniplan.web.Messages;

/** admin/people.xhtml: the system administrator adds and edits the people who use UniPlan. */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PersonService people;

    private List<Person> all;
    private Person selected;
    private String username;
    private String fullName;
    private String email;
    private boolean active;

    @PostConstruct
    void load() {
        all = people.all();
    }

    public void prepareCreate() {
        selected = null;
        username = null;
        fullName = null;
        email = null;
        active = true;
    }

    public void select(Person person) {
        selected = person;
        username = person.getUsername();
        fullName = person.getFullName();
        email = person.getEmail();
        active = person.isActive();
    }

    public void save() {
        try {
            if (selected == null) {
                people.create(username, fullName, email);
                Messages.info("person.created");
            } else {
                people.update(selected.getId(), selected.getVersion(), fullName, email, active);
                Messages.info("person.saved");
            }
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    public List<Person> getAll() {
        return all;
    }

    public Person getSelected() {
        return selected;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
