package se.uniplan.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.uniplan.governance.GovernanceBody;
import se.uniplan.governance.GovernanceObject;
import se.uniplan.governance.GovernanceService;
import se.uniplan.shared.BusinessException;
import se.uniplan.web.Messages;

/** admin/governance.xhtml: governance objects and their bodies, which can be marked inactive. */
@Named
@ViewScoped
public class GovernanceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient GovernanceService governance;

    private List<GovernanceObject> objects;
    private List<GovernanceBody> bodies;

    @PostConstruct
    void load() {
        objects = governance.objects();
        bodies = governance.bodies();
    }

    public void toggle(GovernanceBody body) {
        try {
            governance.setBodyActive(body.getId(), body.getVersion(), !body.isActive());
            Messages.info(body.isActive() ? "governance.deactivated" : "governance.reactivated");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    public List<GovernanceObject> getObjects() {
        return objects;
    }

    public List<GovernanceBody> getBodies() {
        return bodies;
    }
}
