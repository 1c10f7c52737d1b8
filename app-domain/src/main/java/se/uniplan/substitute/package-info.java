/**
 * Substitutes (vikarier): a person names someone to act with their planning roles for a period,
 * for example during a holiday. The substitute sees the person's tasks and may take them; the
 * audit trail and the plan's history say on whose behalf.
 */
package se.uniplan.substitute;
