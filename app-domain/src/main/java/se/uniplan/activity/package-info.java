/** Activities and projects (verksamheter) of departments, the level budgets and actuals are kept at. */
package se.uniplan.activity;
