package fr.heurecivique.web.staff.admin;

/** Names this package for {@code DeskErrors}' advice (the administrator's pages share the desk's error pages). */
public final class AdminMarker {

    private AdminMarker() {
    }
}
