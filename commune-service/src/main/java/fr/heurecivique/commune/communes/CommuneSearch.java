package fr.heurecivique.commune.communes;

import fr.heurecivique.commune.paging.PageView;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds communes by name or code. A query of digits matches postal codes and INSEE codes that start with it; any
 * other query matches names (compared as {@link SearchKeys}, so without accents, case or punctuation) where a word
 * starts with it. Results are ranked, best first: an exact postal code, then an exact INSEE code (so "17300" gives
 * Rochefort and Vergeroux — postal code 17300 — then La Rochelle — INSEE code 17300); an exact name, a name that
 * starts with the query, a word that does; then the most populated commune first.
 *
 * <p>The département has 462 communes and that never grows much: matches are ranked and paged in memory, after
 * a regular-expression query on the normalised key (the embedded MongoDB has no text search).
 */
@Service
class CommuneSearch {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,5}");
    private final MongoTemplate mongo;

    CommuneSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    PageView<CommuneSummary> search(String q, Boolean partner, PartnershipStatus status, int page, int size) {
        String text = q == null ? "" : q.strip();
        String digits = text.replace(" ", "");
        List<Criteria> filters = new ArrayList<>();
        Comparator<Match> ranking;
        if (text.isEmpty()) {
            ranking = Comparator.comparing(match -> match.listing().searchKey());
        } else if (DIGITS.matcher(digits).matches()) {
            filters.add(new Criteria().orOperator(Criteria.where("_id").regex("^" + digits),
                    Criteria.where("postalCodes").regex("^" + digits)));
            ranking = byTier(listing -> listing.postalCodes().contains(digits) ? 0
                    : listing.inseeCode().equals(digits) ? 1 : 2);
        } else {
            String key = SearchKeys.normalise(text);
            if (key.isEmpty()) {
                return PageView.of(List.of(), page, size, 0);
            }
            filters.add(Criteria.where("searchKey").regex("(^| )" + Pattern.quote(key)));
            ranking = byTier(listing -> listing.searchKey().equals(key) ? 0
                    : listing.searchKey().startsWith(key) ? 1 : 2);
        }
        if (partner != null) {
            filters.add(partner ? Criteria.where("partnershipStatus").is(PartnershipStatus.PARTNER.name())
                    : Criteria.where("partnershipStatus").ne(PartnershipStatus.PARTNER.name()));
        }
        if (status != null) {
            filters.add(Criteria.where("partnershipStatus").is(status.name()));
        }
        Query query = filters.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(filters));
        List<Match> matches = mongo.find(query, CommuneListing.class, "communes").stream()
                .map(listing -> new Match(listing, matchedBy(listing, text, digits)))
                .sorted(ranking)
                .toList();
        return PageView.slice(matches.stream().map(Match::summary).toList(), page, size);
    }

    private static Comparator<Match> byTier(java.util.function.ToIntFunction<CommuneListing> tier) {
        return Comparator.comparingInt((Match match) -> tier.applyAsInt(match.listing()))
                .thenComparing(match -> -match.listing().population())
                .thenComparing(match -> match.listing().searchKey());
    }

    private static CommuneSummary.MatchedBy matchedBy(CommuneListing listing, String text, String digits) {
        if (text.isEmpty()) {
            return null;
        }
        if (DIGITS.matcher(digits).matches()) {
            return listing.postalCodes().stream().anyMatch(code -> code.startsWith(digits))
                    ? CommuneSummary.MatchedBy.POSTAL_CODE : CommuneSummary.MatchedBy.INSEE_CODE;
        }
        return CommuneSummary.MatchedBy.NAME;
    }

    private record Match(CommuneListing listing, CommuneSummary.MatchedBy matchedBy) {

        CommuneSummary summary() {
            return new CommuneSummary(listing.inseeCode(), listing.name(), listing.postalCodes(),
                    listing.population(), listing.latitude(), listing.longitude(), listing.partnershipStatus(),
                    matchedBy);
        }
    }
}
