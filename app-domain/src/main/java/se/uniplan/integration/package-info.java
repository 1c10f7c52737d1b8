/**
 * The bridge between source-system plugins and the domain: discovery of
 * {@link se.uniplan.plugin.api.SourceSystemPlugin}s through CDI, their enablement through
 * MicroProfile Config, and (with later capabilities) the translation of their neutral records
 * into the domain.
 */
package se.uniplan.integration;
