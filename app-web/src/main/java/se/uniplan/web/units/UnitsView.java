package se.uniplan.web.units;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.TreeNode;
import se.uniplan.org.OrgUnit;
import se.uniplan.org.OrganisationService;

/** units/index.xhtml: the part of the organisation tree the user may see. */
@Named
@ViewScoped
public class UnitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OrganisationService organisation;

    private TreeNode<OrgUnit> tree;

    @PostConstruct
    void load() {
        tree = OrgTrees.build(organisation.visibleUnits());
    }

    public TreeNode<OrgUnit> getTree() {
        return tree;
    }
}
