package fr.heurecivique.commune.communes;

import org.springframework.data.annotation.Id;

import java.util.List;

/** The fields of a commune that a search reads (a projection of the {@code communes} collection). */
record CommuneListing(@Id String inseeCode, String name, String searchKey, List<String> postalCodes, int population,
        double latitude, double longitude, PartnershipStatus partnershipStatus) {
}
