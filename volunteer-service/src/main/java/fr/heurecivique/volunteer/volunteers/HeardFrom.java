package fr.heurecivique.volunteer.volunteers;

/** How a volunteer heard of the scheme (for the Département's and the partners' reports). */
public enum HeardFrom {
    TOWN_HALL, PARTNER_ORGANISATION, ASSOCIATION, PRESS, SOCIAL_MEDIA, WORD_OF_MOUTH, EVENT, OTHER
}
