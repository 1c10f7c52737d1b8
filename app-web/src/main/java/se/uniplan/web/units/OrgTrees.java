package se.uniplan.web.units;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import se.uniplan.org.OrgUnit;

/** Builds the PrimeFaces tree of a set of units; a unit whose parent is not in the set becomes a root. */
public final class OrgTrees {

    private OrgTrees() {
    }

    public static TreeNode<OrgUnit> build(List<OrgUnit> units) {
        TreeNode<OrgUnit> root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<OrgUnit>> nodes = new HashMap<>();
        for (OrgUnit unit : units) {
            TreeNode<OrgUnit> node = new DefaultTreeNode<>(unit.getKind().name(), unit, null);
            node.setExpanded(true);
            nodes.put(unit.getId(), node);
        }
        for (OrgUnit unit : units) {
            OrgUnit parent = unit.getParent();
            TreeNode<OrgUnit> parentNode = parent == null ? null : nodes.get(parent.getId());
            (parentNode == null ? root : parentNode).getChildren().add(nodes.get(unit.getId()));
        }
        return root;
    }
}
