package se.uniplan.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.uniplan.role.Role;
import se.uniplan.role.RoleDescription;
import se.uniplan.role.RoleService;
import se.uniplan.shared.BusinessException;
import se.uniplan.web.Messages;

/** admin/roles.xhtml: the responsibilities text of every role, edited by the system administrator. */
@Named
@ViewScoped
public class RolesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RoleService roles;

    private List<RoleDescription> descriptions;
    private RoleDescription selected;
    private String swedish;
    private String english;

    @PostConstruct
    void load() {
        descriptions = new ArrayList<>(roles.descriptions().values());
    }

    public void select(RoleDescription description) {
        selected = description;
        swedish = description.getResponsibilitiesSv();
        english = description.getResponsibilitiesEn();
    }

    public void save() {
        try {
            roles.rewrite(selected.getRole(), selected.getVersion(), swedish, english);
            Messages.info("roles.saved");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    public List<RoleDescription> getDescriptions() {
        return descriptions;
    }

    public List<se.uniplan.access.Action> authorities(Role role) {
        return role.authorities().stream().sorted().toList();
    }

    public RoleDescription getSelected() {
        return selected;
    }

    public String getSwedish() {
        return swedish;
    }

    public void setSwedish(String swedish) {
        this.swedish = swedish;
    }

    public String getEnglish() {
        return english;
    }

    public void setEnglish(String english) {
        this.english = english;
    }
}
