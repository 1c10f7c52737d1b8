/**
 * Backing beans of the plan pages (webapp/plans): a department's plan with its entry grid. The
 * grid itself is drawn in the browser (resources/js/plan-grid.js) from the plan API
 * ({@link se.uniplan.web.rest.PlanResource}), so the beans only load what the page header shows.
 */
package se.uniplan.web.plans;
