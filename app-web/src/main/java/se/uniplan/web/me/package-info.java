/** Pages about oneself: me/substitutes.xhtml (vikarier). */
package se.uniplan.web.me;
