package se.uniplan.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.uniplan.plan.PlanAction;
import se.uniplan.plan.PlanWorkflowService;
import se.uniplan.plan.Task;
import se.uniplan.shared.BusinessException;

/**
 * tasks.xhtml: the plans waiting for the current user, deadline first, including those they
 * stand in for as a substitute; approvers may approve several at once.
 */
@Named
@ViewScoped
public class TasksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PlanWorkflowService workflow;

    private List<Task> tasks;
    private Map<Long, Boolean> chosen = new HashMap<>();

    @PostConstruct
    void load() {
        tasks = workflow.myTasks();
        chosen = new HashMap<>();
    }

    /** Approves every selected plan at its level, all or nothing. */
    public void approveSelected() {
        Map<Long, Long> versions = new LinkedHashMap<>();
        tasks.stream().filter(t -> Boolean.TRUE.equals(chosen.get(t.plan().getId())))
                .forEach(t -> versions.put(t.plan().getId(), t.plan().getVersion()));
        if (versions.isEmpty()) {
            Messages.info("tasks.noneSelected");
            return;
        }
        try {
            workflow.approveAll(versions);
            Messages.info("tasks.approved", versions.size());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    /** True for the tasks that can be approved from the list. */
    public boolean approvable(Task task) {
        return task != null && (task.step() == PlanAction.APPROVE_1 || task.step() == PlanAction.APPROVE_2);
    }

    public boolean isAnyApprovable() {
        return tasks.stream().anyMatch(this::approvable);
    }

    public List<Task> getTasks() {
        return tasks;
    }

    /** Plan id → ticked for approval. */
    public Map<Long, Boolean> getChosen() {
        return chosen;
    }
}
