package fr.heurecivique.volunteer.roster;

import java.util.List;

/** A page of a commune's roster. */
record RosterPage(String communeInsee, String communeName, int page, int size, long totalElements, int totalPages,
        List<RosterEntry> volunteers) {
}
