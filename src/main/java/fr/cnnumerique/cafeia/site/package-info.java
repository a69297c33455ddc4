/**
 * Site: the layout every page shares, the home page, the static pages (à propos, mentions
 * légales, accessibilité, données personnelles, plan du site), the language switch and
 * the error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package fr.cnnumerique.cafeia.site;
