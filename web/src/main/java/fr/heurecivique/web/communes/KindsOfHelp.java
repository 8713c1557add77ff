package fr.heurecivique.web.communes;

import fr.heurecivique.contracts.vocabulary.KindOfHelp;

/** The kinds of help (event-contracts' shared catalogue) as people read them; an unknown one is "Autre aide". */
public final class KindsOfHelp {

    public static String label(String kind) {
        return KindOfHelp.of(kind).map(KindOfHelp::label).orElse("Autre aide");
    }

    private KindsOfHelp() {
    }
}
