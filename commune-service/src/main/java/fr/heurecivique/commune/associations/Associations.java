package fr.heurecivique.commune.associations;

import fr.heurecivique.commune.communes.Commune;
import fr.heurecivique.commune.phones.PhoneNumbers;
import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import fr.heurecivique.defaults.web.StateConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The local associations of the communes. */
@Service
public class Associations {

    private static final Logger log = LoggerFactory.getLogger(Associations.class);

    private final AssociationRepository repository;
    private final Clock clock;

    Associations(AssociationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    Association record(Commune commune, AssociationForm form) {
        AssociationForm.ContactForm contact = form.contact();
        String email = blankToNull(contact.email());
        String phone = blankToNull(contact.phone());
        if (email == null && phone == null) {
            throw new InvalidFieldsException("contact", "indiquez au moins une adresse e-mail ou un téléphone");
        }
        String rna = blankToNull(form.rnaNumber());
        rna = rna == null ? null : rna.toUpperCase(Locale.ROOT);
        if (rna != null && repository.existsByCommuneInseeAndRnaNumber(commune.inseeCode(), rna)) {
            throw new StateConflictException("L’association de numéro RNA " + rna + " est déjà enregistrée dans la "
                    + "commune " + commune.name() + ".");
        }
        Set<KindOfHelp> kinds = form.kindsOfNeed() == null || form.kindsOfNeed().isEmpty()
                ? EnumSet.noneOf(KindOfHelp.class) : EnumSet.copyOf(form.kindsOfNeed());
        Association association = repository.insert(Association.record(commune.inseeCode(), form.name().strip(), rna,
                new Association.AssociationContact(contact.name().strip(), blankToNull(contact.role()),
                        email == null ? null : email.toLowerCase(Locale.ROOT),
                        phone == null ? null : PhoneNumbers.e164(phone).orElseThrow()),
                kinds, clock.instant()));
        log.info("Commune {}: association {} recorded", commune.inseeCode(), association.id());
        return association;
    }

    List<Association> of(String communeInsee) {
        return repository.findByCommuneInseeOrderByName(communeInsee);
    }

    /** The association {@code id} of the commune; any other id is a 400 naming {@code field}. */
    public Association ofCommune(String communeInsee, String id, String field) {
        return repository.findById(id).filter(association -> association.communeInsee().equals(communeInsee))
                .orElseThrow(() -> new InvalidFieldsException(field,
                        "doit être l’identifiant d’une association de la commune"));
    }

    /** The association {@code id}, whatever its commune; a 404 if there is none. */
    Association get(String id) {
        return repository.findById(id)
                .orElseThrow(() -> new ResourceNotFoundException("Aucune association n’a cet identifiant."));
    }

    public long countIn(String communeInsee) {
        return repository.countByCommuneInsee(communeInsee);
    }

    public long count() {
        return repository.count();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
