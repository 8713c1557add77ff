package fr.heurecivique.matching.domain.ranking;

/**
 * Why a volunteer is suggested, or ranked where they are: a stable code for programs; each suggestion carries its
 * codes with a French label for the referent, often with the figures ("À 3,2 km, dans son périmètre de 10 km").
 */
public enum Reason {

    /** Within the volunteer's maximum distance (hard rule); the label gives both distances. */
    WITHIN_PERIMETER,
    /** Lives in the need's commune. */
    SAME_COMMUNE,
    /** Accepts the need's mode: individual help to a resident, or organised help for an association (hard rule). */
    MODE_FITS,
    /** Offers the need's kind of help (hard rule). */
    KIND_ACCEPTED,
    /** Available when the need wants help (hard rule); the label names the slots. */
    AVAILABLE,
    /** Has time left within their monthly pledge (hard rule); the label gives the figures. */
    PLEDGE_LEFT,
    /** Has given or committed no minute this month. */
    NO_HOURS_THIS_MONTH,
    /** The nearest of the suggested volunteers. */
    NEAREST,
    /** The fewest hours given or committed this month of the suggested volunteers. */
    FEWEST_HOURS,
    /** Has waited longest since their last solicitation (fair rotation). */
    WAITED_LONGEST,
    /** Completed what they accepted; the label gives the record. */
    RELIABLE,
    /** No match yet: a first opportunity. */
    NEW_VOLUNTEER
}
