/**
 * The web layer's shared pieces: the user's language, message texts from the resource bundles,
 * Swedish formats, and the logged-in user for the layout. Backing beans live in sub-packages
 * that mirror the page paths.
 */
package se.uniplan.web;
