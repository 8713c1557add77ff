package fr.heurecivique.volunteer.profile;

import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.volunteer.registration.Registrations;
import fr.heurecivique.volunteer.volunteers.Consents;
import fr.heurecivique.volunteer.volunteers.PhoneNumbers;
import fr.heurecivique.volunteer.volunteers.PostalAddress;
import fr.heurecivique.volunteer.volunteers.ProfileChange;
import fr.heurecivique.volunteer.volunteers.Volunteer;
import fr.heurecivique.volunteer.volunteers.VolunteerStore;
import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A volunteer's self-service changes of profile, consents and perimeter. */
@Service
class Profiles {

    private final VolunteerStore volunteers;
    private final Clock clock;

    Profiles(VolunteerStore volunteers, Clock clock) {
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /**
     * @param request             the validated request
     * @param removePostalAddress whether the request asked to remove the postal address
     * @param removeBirthYear     whether the request asked to remove the year of birth
     */
    Volunteer update(String id, ProfileUpdateRequest request, boolean removePostalAddress, boolean removeBirthYear) {
        Volunteer current = volunteers.get(id);
        String commune = request.communeInsee() == null ? current.communeInsee() : request.communeInsee().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (request.postalAddress() != null) {
            request.postalAddress().checkAgainst(commune, "postalAddress").ifPresent(problems::add);
        } else if (!removePostalAddress && current.postalAddress() != null && !commune.equals(current.communeInsee())
                && !CharenteMaritimeCommunes.get().find(commune).orElseThrow().postalCodes()
                        .contains(current.postalAddress().postalCode())) {
            problems.add(new FieldProblem("postalAddress", "ne correspond plus à la nouvelle commune : donnez la "
                    + "nouvelle adresse, ou retirez-la"));
        }
        Registrations.checkBirthYear(request.birthYear(), clock).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        try {
            volunteers.change(id, volunteer -> volunteer.update(changeOf(request, volunteer.consents(),
                    removePostalAddress, removeBirthYear), clock.instant()));
        } catch (DuplicateKeyException e) {
            throw Registrations.emailTaken();
        }
        return volunteers.get(id);
    }

    private static ProfileChange changeOf(ProfileUpdateRequest request, Consents current, boolean removePostalAddress,
            boolean removeBirthYear) {
        ProfileUpdateRequest.ConsentsUpdate consents = request.consents();
        PostalAddress address = request.postalAddress() == null ? null : request.postalAddress().toAddress();
        return new ProfileChange(
                request.firstName() == null ? null : request.firstName().strip(),
                request.lastName() == null ? null : request.lastName().strip(),
                request.email() == null ? null : Registrations.normaliseEmail(request.email()),
                request.phone() == null ? null : PhoneNumbers.mobileE164(request.phone()).orElseThrow(),
                request.communeInsee() == null ? null : request.communeInsee().strip(),
                address, removePostalAddress, request.birthYear(), removeBirthYear,
                consents == null ? null : new Consents(true,
                        consents.email() == null ? current.email() : consents.email(),
                        consents.sms() == null ? current.sms() : consents.sms(),
                        consents.shareWithCommune() == null ? current.shareWithCommune() : consents.shareWithCommune()),
                request.perimeter() == null ? null : request.perimeter().toPerimeter());
    }
}
