package fr.heurecivique.web.communes;

import java.util.Map;

/** The kinds of help as people read them. */
public final class KindsOfHelp {

    private static final Map<String, String> LABELS = Map.of(
            "VISITS", "Compagnie et visites", "SHOPPING", "Courses et commissions", "LIFTS", "Accompagnement en voiture",
            "DIGITAL", "Aide au numérique", "PAPERWORK", "Démarches administratives", "DIY", "Petit bricolage",
            "GARDENING", "Jardinage", "EVENTS", "Aide lors d’un événement", "ANIMALS", "Soin des animaux",
            "OTHER", "Autre aide");

    public static String label(String kind) {
        return LABELS.getOrDefault(kind, "Autre aide");
    }

    private KindsOfHelp() {
    }
}
