/**
 * The service-provider interface for source-system plugins (UBW, Primula, Retendo, Stina).
 * Only interfaces and neutral records live here: no JPA, no CDI beans, so the jar can sit in
 * the EAR's {@code lib/} folder where every module sees it.
 */
package se.uniplan.plugin.api;
