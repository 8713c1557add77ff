package fr.heurecivique.testsupport;

/**
 * The callers of the authorisation matrix (issue 7): nobody, the volunteer of the fixture and another volunteer, the
 * referent of the fixture's commune and a referent of another commune, a coordinator, a Département admin.
 */
public enum Persona {
    ANONYMOUS("anonymous"), VOLUNTEER("volunteer"), OTHER_VOLUNTEER("other-volunteer"), REFERENT("referent"),
    OTHER_REFERENT("other-referent"), COORDINATOR("coordinator"), ADMIN("admin");

    private final String column;

    Persona(String column) {
        this.column = column;
    }

    /** Its column in the matrix file. */
    public String column() {
        return column;
    }
}
