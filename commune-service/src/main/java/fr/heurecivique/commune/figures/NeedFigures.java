package fr.heurecivique.commune.figures;

import fr.heurecivique.commune.needs.NeedStatus;

import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import java.util.Map;

/** Needs in counts: all of them, by status, by kind of help (every status and kind present, zeros included). */
record NeedFigures(long total, Map<NeedStatus, Long> byStatus, Map<KindOfHelp, Long> byKind) {
}
