package fr.heurecivique.contracts.roster;

import java.util.List;

/**
 * A volunteer named in a roster digest (only one who agreed to share their contact details with their commune).
 *
 * @param volunteerId the volunteer's id
 * @param firstName   first name
 * @param lastName    last name
 * @param email       email address; absent for a volunteer who left
 * @param phone       mobile phone in E.164; absent for a volunteer who left
 * @param status      {@code REGISTERED}, {@code ACTIVE}, {@code PAUSED}, {@code WITHDRAWN}
 * @param modes       the modes of their perimeter ({@code ORGANISED}, {@code INDIVIDUAL}), empty before the interview
 * @param kindsOfHelp the kinds of help of their perimeter, empty before the interview
 */
public record RosterDigestEntry(String volunteerId, String firstName, String lastName, String email, String phone,
        String status, List<String> modes, List<String> kindsOfHelp) {
}
