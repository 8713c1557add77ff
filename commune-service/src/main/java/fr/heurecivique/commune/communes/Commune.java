package fr.heurecivique.commune.communes;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * A commune of Charente-Maritime, keyed by its INSEE code: reference data (name, postal codes, population, centre)
 * loaded from the INSEE code officiel géographique, plus its standing in the scheme.
 */
@Document("communes")
public class Commune {

    @Id
    private String inseeCode;
    @Version
    private Long version;
    private String name;
    private List<String> postalCodes;
    private int population;
    private double latitude;
    private double longitude;
    private PartnershipStatus partnershipStatus = PartnershipStatus.NONE;

    protected Commune() {
        // for the mapping
    }

    public String inseeCode() {
        return inseeCode;
    }

    public String name() {
        return name;
    }

    public List<String> postalCodes() {
        return postalCodes;
    }

    public int population() {
        return population;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public PartnershipStatus partnershipStatus() {
        return partnershipStatus;
    }
}
