package fr.heurecivique.identity.login;

import fr.heurecivique.identity.IdentityProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The site's address for every page of this service ({@code siteUrl}): the theme's header and footer (home, legal
 * pages, accessibility statement) lead to the site, which answers elsewhere than this service.
 */
@ControllerAdvice
class SiteLinks {

    private final IdentityProperties properties;

    SiteLinks(IdentityProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("siteUrl")
    String siteUrl() {
        return properties.siteBase();
    }
}
