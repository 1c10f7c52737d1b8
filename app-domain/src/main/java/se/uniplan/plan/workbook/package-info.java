/**
 * A plan as an xlsx workbook: download it, change it in Excel, upload it again. The upload is
 * read and checked as a whole ({@link se.uniplan.plan.workbook.WorkbookReader}), compared with
 * the plan's figures into a preview of changed cells ({@link se.uniplan.plan.workbook.PlanDiff}),
 * and saved all or nothing through {@link se.uniplan.plan.PlanService#writeCells} with the
 * figures the preview showed as expected values ({@link se.uniplan.plan.workbook.PlanWorkbook}).
 *
 * <p>The workbook carries a very hidden sheet with the figures as they were when it was
 * downloaded. A cell the user did not change is therefore never written back, even if somebody
 * changed it in UniPlan meanwhile, and a cell both changed is refused rather than overwritten.
 */
package se.uniplan.plan.workbook;
