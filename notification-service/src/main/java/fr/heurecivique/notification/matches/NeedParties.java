package fr.heurecivique.notification.matches;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who a need is for, as its events say (ids only: the beneficiary's or association's contact stays in commune-service
 * and is fetched at send time). Kept from {@code need.events} so that an accepted match can be announced to them, and a message about a need
 * that was cancelled since is not sent.
 *
 * @param id            the need id
 * @param version       the need's version this reflects
 * @param communeInsee  the need's commune
 * @param mode          {@code INDIVIDUAL} (a resident) or {@code ORGANISED} (an association)
 * @param beneficiaryId the beneficiary, for a resident's need
 * @param associationId the association, for an association's need
 * @param status        the need's status ({@code OPEN}, {@code CANCELLED}…): a message about a need cancelled since
 *                      it was recorded is not sent
 */
@Document("need_parties")
public record NeedParties(@Id String id, long version, String communeInsee, String mode, String beneficiaryId,
        String associationId, String status) {
}
