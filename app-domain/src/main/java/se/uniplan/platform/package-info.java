/** Start-up and operations: the schema migration and the readiness check. */
package se.uniplan.platform;
