/** The JSON API: thin resources over the domain services, and the exception mappers of the one error path. */
package se.uniplan.web.rest;
