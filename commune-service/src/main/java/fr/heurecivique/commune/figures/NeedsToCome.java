package fr.heurecivique.commune.figures;


import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import java.util.List;

/**
 * A commune's open needs still to come, in general terms for the public page (issue 12): per month of their next
 * date, how many of each kind of help — no title, description, place or beneficiary.
 *
 * @param total  the open needs counted
 * @param months soonest first; {@code month} is {@code YYYY-MM}
 */
record NeedsToCome(String inseeCode, long total, List<Month> months) {

    record Month(String month, List<KindCount> kinds) {
    }

    record KindCount(KindOfHelp kind, long count) {
    }
}
