package fr.heurecivique.volunteer.volunteers;

/** Where a volunteer stands in the scheme. */
public enum VolunteerStatus {
    /** Signed up; the video presentation and the phone interview are still ahead. */
    REGISTERED,
    /** Interviewed, perimeter of action set: can be put in touch with needs. */
    ACTIVE,
    /** Taking a break (holidays, health); resumes later. */
    PAUSED,
    /** Left the scheme. */
    WITHDRAWN,
    /**
     * Erased at their request (RGPD): the document keeps only its id until its last events are published, then it is
     * deleted. Never shown, never published as a status.
     */
    ERASED
}
