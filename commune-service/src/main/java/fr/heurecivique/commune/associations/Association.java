package fr.heurecivique.commune.associations;

import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A local association of a commune (a food bank, a sports club, the festival committee…) whose needs — helpers for
 * an event, a shift — are organised needs.
 */
@Document("associations")
public class Association {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed(name = "association_commune")
    private String communeInsee;
    private String name;
    /** Its number in the Répertoire national des associations, if it has one ({@code W} and 9 digits). */
    private String rnaNumber;
    private AssociationContact contact;
    private Set<KindOfHelp> kindsOfNeed;
    private Instant recordedAt;

    protected Association() {
        // for the mapping
    }

    public static Association record(String communeInsee, String name, String rnaNumber, AssociationContact contact,
            Set<KindOfHelp> kindsOfNeed, Instant now) {
        Association association = new Association();
        association.id = UUID.randomUUID().toString();
        association.communeInsee = communeInsee;
        association.name = name;
        association.rnaNumber = rnaNumber;
        association.contact = contact;
        association.kindsOfNeed = kindsOfNeed.isEmpty() ? EnumSet.noneOf(KindOfHelp.class) : EnumSet.copyOf(kindsOfNeed);
        association.recordedAt = now;
        return association;
    }

    public String id() {
        return id;
    }

    public String communeInsee() {
        return communeInsee;
    }

    public String name() {
        return name;
    }

    public String rnaNumber() {
        return rnaNumber;
    }

    public AssociationContact contact() {
        return contact;
    }

    /** The kinds of need it usually has, in catalogue order. */
    public List<KindOfHelp> kindsOfNeed() {
        return kindsOfNeed.stream().sorted().toList();
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /**
     * Who to reach at the association.
     *
     * @param name  the contact person's name
     * @param role  their role, e.g. "Présidente"
     * @param email email address, lower-cased, if given
     * @param phone phone number in E.164, if given
     */
    public record AssociationContact(String name, String role, String email, String phone) {
    }
}
