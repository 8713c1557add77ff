package fr.heurecivique.commune.communes;

import java.util.List;

/**
 * A commune in a list or search result.
 *
 * @param matchedBy what the query matched ({@code null} without a query)
 */
record CommuneSummary(String inseeCode, String name, List<String> postalCodes, int population, double latitude,
        double longitude, PartnershipStatus partnershipStatus, MatchedBy matchedBy) {

    enum MatchedBy { NAME, POSTAL_CODE, INSEE_CODE }
}
